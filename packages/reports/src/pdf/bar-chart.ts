// A horizontal bar chart drawn with vector paths, with a table of the same figures beside it. The chart
// is tagged as a Figure whose alternate text states every figure; the table beside it is a real Table,
// so a screen reader can follow either. Both are kept on one page.
import type { PageFlow } from "./flow";
import { flowTable, tableHeight, type FlowTable } from "./flow-table";
import type { Tag } from "./tags";
import { drawLines, lineHeight, textWidth, wrapText, type TextStyle } from "./text-layout";

export interface BarChart {
  title: string;
  /** What a value counts ("systems", "% implemented"). */
  unit: string;
  series: { label: string; value: number }[];
}

const LABEL_STYLE: TextStyle = { size: 8, weight: 400 };
const VALUE_STYLE: TextStyle = { size: 8, weight: 700 };
const AXIS_STYLE: TextStyle = { size: 7, weight: 400, color: "#555555" };
const BAR_FILL = "#3B6EA5";
const AXIS = "#8B949E";
const MAX_PITCH = 20;
const MIN_PITCH = 8;

/** "12", "82.5". */
export const formatFigure = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The chart's scale: 100 for percentages, else the largest value (at least 1). */
const scaleOf = (chart: BarChart) =>
  chart.unit.trim().startsWith("%") ? Math.max(100, ...chart.series.map((s) => s.value)) : Math.max(1, ...chart.series.map((s) => s.value));

/** "Bar chart, Systems by risk tier (systems): High risk 3; Minimal risk 5." */
export const chartAltText = (chart: BarChart) =>
  `Bar chart, ${chart.title} (${chart.unit}): ${chart.series.length ? chart.series.map((s) => `${s.label} ${formatFigure(s.value)}`).join("; ") : "no data"}.`;

function layout(flow: PageFlow, chart: BarChart) {
  const chartWidth = flow.width * 0.58;
  const gap = flow.width * 0.04;
  const tableWidth = flow.width - chartWidth - gap;
  const table: FlowTable & { rows: string[][] } = {
    title: chart.title,
    columns: [
      { header: chart.title, width: tableWidth * 0.62 },
      { header: chart.unit, width: tableWidth * 0.38 },
    ],
    rows: chart.series.map((s) => [s.label, formatFigure(s.value)]),
    x: flow.left + chartWidth + gap,
  };
  const n = Math.max(1, chart.series.length);
  const axisHeight = lineHeight(AXIS_STYLE) + 6;
  const pitch = Math.max(MIN_PITCH, Math.min(MAX_PITCH, (flow.bottom - flow.top - axisHeight) / n));
  const chartHeight = n * pitch + axisHeight;
  return { chartWidth, table, n, pitch, chartHeight, height: Math.max(chartHeight, tableHeight(flow, table)) };
}

/** The height the chart and its table take (so a heading can be kept on the same page as both). */
export const barChartHeight = (flow: PageFlow, chart: BarChart) => layout(flow, chart).height;

/** Draws the chart on the left part of the content width and its table on the right, from the cursor. */
export async function barChartWithTable(flow: PageFlow, parent: Tag, chart: BarChart): Promise<void> {
  const { chartWidth, table, n, pitch, chartHeight, height } = layout(flow, chart);
  flow.ensureRoom(height);

  const top = flow.y;
  const labelWidth = chartWidth * 0.34;
  const barLeft = flow.left + labelWidth + 6;
  const valueRoom = textWidth(flow.measure, "000000", VALUE_STYLE);
  const barRoom = chartWidth - labelWidth - 6 - valueRoom;
  const scale = scaleOf(chart);
  const labelStyle: TextStyle = { ...LABEL_STYLE, size: Math.min(LABEL_STYLE.size, pitch * 0.6) };
  const valueStyle: TextStyle = { ...VALUE_STYLE, size: labelStyle.size };

  const figure = parent.child("Figure", { alt: chartAltText(chart), bbox: [flow.left, top, flow.left + chartWidth, top + chartHeight], placement: "Block" });
  figure.content(() => {
    const doc = flow.doc;
    chart.series.forEach((s, i) => {
      const rowTop = top + i * pitch;
      const barHeight = pitch * 0.62;
      const barTop = rowTop + (pitch - barHeight) / 2;
      const textTop = rowTop + (pitch - lineHeight(labelStyle)) / 2;
      const label = wrapText(flow.measure, s.label, labelWidth, labelStyle).slice(0, 1);
      drawLines(doc, label, flow.left, textTop, labelStyle, { width: labelWidth, align: "right" });
      const length = (Math.max(0, s.value) / scale) * barRoom;
      if (length > 0) doc.rect(barLeft, barTop, length, barHeight).fill(BAR_FILL);
      drawLines(doc, wrapText(flow.measure, formatFigure(s.value), valueRoom, valueStyle), barLeft + length + 3, textTop, valueStyle);
    });
    const axisY = top + n * pitch;
    doc
      .moveTo(barLeft, top)
      .lineTo(barLeft, axisY)
      .lineTo(barLeft + barRoom, axisY)
      .lineWidth(0.6)
      .strokeColor(AXIS)
      .stroke();
    drawLines(doc, wrapText(flow.measure, "0", 20, AXIS_STYLE), barLeft - 2, axisY + 2, AXIS_STYLE);
    const end = wrapText(flow.measure, `${formatFigure(scale)} ${chart.unit}`, barRoom, AXIS_STYLE);
    drawLines(doc, end, barLeft, axisY + 2, AXIS_STYLE, { width: barRoom, align: "right" });
  });
  figure.end();

  flow.y = top;
  await flowTable(flow, parent, table);
  flow.y = Math.max(flow.y, top + chartHeight + 12);
}
