// A table that flows over as many pages of a two-pass document as it needs: every row is measured
// before it is drawn, a row that does not fit moves to the next page (a row taller than a page is split
// across pages), and each continued page repeats the header under a "(continued)" caption. Tagged as
// Table > THead/TBody > TR > TH/TD; the repeated headers, fills and rules are artifacts, so a screen
// reader meets the header once. Hands the drawn bytes on after every row (flow.flush()).
import type { PageFlow } from "./flow";
import type { Tag } from "./tags";
import { drawLines, lineHeight, wrapText, type TextLine, type TextStyle } from "./text-layout";

export interface FlowColumn {
  header: string;
  /** Points. */
  width: number;
}

/** A cell's text, or text with emphasis (a colour, bold). */
export type FlowCell = string | { text: string; color?: string; bold?: boolean };

export interface FlowTable {
  columns: FlowColumn[];
  rows: Iterable<FlowCell[]>;
  /** The table's caption for assistive technology, and of its continued pages. */
  title: string;
  style?: TextStyle;
  headerStyle?: TextStyle;
  /** Left edge, when the table does not start at the left margin (beside a chart). */
  x?: number;
}

const PADDING = 4;
const HEADER_FILL = "#E6ECF2";
const STRIPE_FILL = "#F6F8FA";
const RULE = "#C9D1D9";
const CONTINUED_STYLE: TextStyle = { size: 7.5, weight: 400, color: "#555555" };

/** Columns from relative weights, sharing `width` points. */
export function columnsByWeight(width: number, columns: [header: string, weight: number][]): FlowColumn[] {
  const total = columns.reduce((sum, [, weight]) => sum + weight, 0);
  return columns.map(([header, weight]) => ({ header, width: (width * weight) / total }));
}

const cellText = (cell: FlowCell | undefined) => (typeof cell === "string" ? cell : (cell?.text ?? ""));

function cellStyle(style: TextStyle, cell: FlowCell | undefined): TextStyle {
  if (typeof cell !== "object") return style;
  return { ...style, ...(cell.bold ? { weight: 700 } : {}), ...(cell.color ? { color: cell.color } : {}) };
}

export async function flowTable(flow: PageFlow, parent: Tag, table: FlowTable): Promise<void> {
  const style = table.style ?? { size: 7.5, weight: 400 };
  const headerStyle = table.headerStyle ?? { size: 7.5, weight: 700 };
  const lh = lineHeight(style);
  const left = table.x ?? flow.left;
  const xs = table.columns.map((_, i) => left + table.columns.slice(0, i).reduce((w, c) => w + c.width, 0));
  const totalWidth = table.columns.reduce((w, c) => w + c.width, 0);
  const headerLines = table.columns.map((c) => wrapText(flow.measure, c.header, c.width - 2 * PADDING, headerStyle));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight(headerStyle) + 2 * PADDING;
  const continuedLines = wrapText(flow.measure, `${table.title} (continued)`, totalWidth, CONTINUED_STYLE).slice(0, 1);
  const continuedHeight = lineHeight(CONTINUED_STYLE) + 2;

  const drawHeader = (tagCell: ((i: number, draw: () => void) => void) | null) => {
    const top = flow.y;
    flow.artifact(() => {
      flow.doc.rect(left, top, totalWidth, headerHeight).fill(HEADER_FILL);
      flow.doc
        .moveTo(left, top + headerHeight)
        .lineTo(left + totalWidth, top + headerHeight)
        .lineWidth(0.8)
        .strokeColor("#8B949E")
        .stroke();
    });
    const drawCell = (i: number) => () => drawLines(flow.doc, headerLines[i]!, xs[i]! + PADDING, top + PADDING, headerStyle);
    if (tagCell) table.columns.forEach((_, i) => tagCell(i, drawCell(i)));
    else flow.artifact(() => table.columns.forEach((_, i) => drawCell(i)()), "Pagination");
    flow.y += headerHeight;
  };

  const continueOnNewPage = () => {
    flow.newPage();
    const top = flow.y;
    flow.artifact(() => drawLines(flow.doc, continuedLines, left, top, CONTINUED_STYLE), "Pagination");
    flow.y += continuedHeight;
    drawHeader(null);
  };

  // The first header, tagged; on a new page if not even one line of a row would fit under it.
  flow.ensureRoom(headerHeight + lh + 2 * PADDING);
  const structTable = parent.child("Table", { title: table.title });
  const thead = structTable.child("THead");
  const headRow = thead.child("TR");
  drawHeader((_, draw) => {
    const th = headRow.child("TH", { scope: "Column" });
    th.content(draw);
    th.end();
  });
  headRow.end();
  thead.end();

  const tbody = structTable.child("TBody");
  let rowIndex = 0;
  for (const row of table.rows) {
    const styles = table.columns.map((_, i) => cellStyle(style, row[i]));
    const cells: TextLine[][] = table.columns.map((c, i) => wrapText(flow.measure, cellText(row[i]), c.width - 2 * PADDING, styles[i]!));
    const rowLines = Math.max(1, ...cells.map((c) => c.length));
    if (flow.y + rowLines * lh + 2 * PADDING > flow.bottom && flow.y > flow.top + continuedHeight + headerHeight) continueOnNewPage();

    const tr = tbody.child("TR");
    const tds = cells.map(() => tr.child("TD"));
    const striped = rowIndex % 2 === 1;
    let drawn = 0;
    while (drawn < rowLines) {
      const n = Math.min(rowLines - drawn, Math.max(1, Math.floor((flow.bottom - flow.y - 2 * PADDING) / lh)));
      const height = n * lh + 2 * PADDING;
      const top = flow.y;
      flow.artifact(() => {
        if (striped) flow.doc.rect(left, top, totalWidth, height).fill(STRIPE_FILL);
        flow.doc
          .moveTo(left, top + height)
          .lineTo(left + totalWidth, top + height)
          .lineWidth(0.4)
          .strokeColor(RULE)
          .stroke();
      });
      cells.forEach((lines, i) => {
        const slice = lines.slice(drawn, drawn + n);
        if (slice.length) tds[i]!.content(() => drawLines(flow.doc, slice, xs[i]! + PADDING, top + PADDING, styles[i]!));
      });
      flow.y += height;
      drawn += n;
      if (drawn < rowLines) continueOnNewPage();
    }
    tds.forEach((td) => td.end());
    tr.end();
    rowIndex += 1;
    await flow.flush();
  }
  tbody.end();
  structTable.end();
  flow.y += 12;
}

/** The height a short table takes when it does not break (to keep it on one page beside something else). */
export function tableHeight(flow: PageFlow, table: FlowTable & { rows: FlowCell[][] }): number {
  const style = table.style ?? { size: 7.5, weight: 400 };
  const headerStyle = table.headerStyle ?? { size: 7.5, weight: 700 };
  const linesOf = (text: string, width: number, s: TextStyle) => wrapText(flow.measure, text, width - 2 * PADDING, s).length;
  const header = Math.max(...table.columns.map((c) => linesOf(c.header, c.width, headerStyle))) * lineHeight(headerStyle) + 2 * PADDING;
  const rows = table.rows.map(
    (row) => Math.max(1, ...table.columns.map((c, i) => linesOf(cellText(row[i]), c.width, cellStyle(style, row[i])))) * lineHeight(style) + 2 * PADDING,
  );
  return header + rows.reduce((sum, h) => sum + h, 0);
}
