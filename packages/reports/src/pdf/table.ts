// A table that flows over as many pages as it needs: every row is measured before it is drawn, a row
// that does not fit moves to the next page (a row taller than a page is split across pages), and the
// header row is drawn again at the top of every page. Tagged as Table > THead/TBody > TR > TH/TD; the
// repeated headers, fills and rules are artifacts, so a screen reader meets the header once.
import { artifact } from "./document";
import type { PdfDoc, PdfStructureElement } from "./pdf-doc";
import { drawLines, lineHeight, measureOf, wrapText, type TextLine, type TextStyle } from "./text-layout";

export interface PdfColumn {
  header: string;
  /** Points. */
  width: number;
}

export interface PdfTable {
  columns: PdfColumn[];
  rows: string[][];
  /** Structure element the table is tagged under. */
  parent: PdfStructureElement;
  /** Structure title of the table (its caption for assistive technology). */
  title: string;
  style?: TextStyle;
  headerStyle?: TextStyle;
}

const PADDING = 4;
const HEADER_FILL = "#E6ECF2";
const STRIPE_FILL = "#F6F8FA";
const RULE = "#C9D1D9";

export function drawTable(doc: PdfDoc, table: PdfTable): void {
  const style = table.style ?? { size: 7.5, weight: 400 };
  const headerStyle = table.headerStyle ?? { size: 7.5, weight: 700 };
  const lh = lineHeight(style);
  const left = doc.page.margins.left;
  const xs = table.columns.reduce<number[]>((acc, c, i) => [...acc, i === 0 ? left : acc[i - 1]! + table.columns[i - 1]!.width], []);
  const totalWidth = table.columns.reduce((w, c) => w + c.width, 0);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const headerLines = table.columns.map((c) => wrapText(measureOf(doc), c.header, c.width - 2 * PADDING, headerStyle));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight(headerStyle) + 2 * PADDING;

  const structTable = doc.struct("Table", { title: table.title });
  table.parent.add(structTable);
  let y = doc.y;

  const drawHeaderCells = (cellTag: ((i: number, draw: () => void) => void) | null) => {
    artifact(doc, () => {
      doc.rect(left, y, totalWidth, headerHeight).fill(HEADER_FILL);
      doc
        .moveTo(left, y + headerHeight)
        .lineTo(left + totalWidth, y + headerHeight)
        .lineWidth(0.8)
        .strokeColor("#8B949E")
        .stroke();
    });
    const top = y;
    const drawCell = (i: number) => () => drawLines(doc, headerLines[i]!, xs[i]! + PADDING, top + PADDING, headerStyle);
    if (cellTag) table.columns.forEach((_, i) => cellTag(i, drawCell(i)));
    else artifact(doc, () => table.columns.forEach((_, i) => drawCell(i)()), "Pagination");
    y += headerHeight;
  };

  const newPage = () => {
    doc.addPage();
    y = doc.page.margins.top;
    drawHeaderCells(null);
  };

  // The first header: tagged. Start on a new page if not even one line of a row would fit under it.
  if (y + headerHeight + lh + 2 * PADDING > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const thead = doc.struct("THead");
  structTable.add(thead);
  const headRow = doc.struct("TR");
  thead.add(headRow);
  drawHeaderCells((_, draw) => {
    const th = doc.struct("TH", { scope: "Column" } as Parameters<PdfDoc["struct"]>[1]);
    headRow.add(th);
    th.add(draw);
    th.end();
  });
  headRow.end();
  thead.end();

  const tbody = doc.struct("TBody");
  structTable.add(tbody);
  table.rows.forEach((row, rowIndex) => {
    const cells: TextLine[][] = table.columns.map((c, i) => wrapText(measureOf(doc), row[i] ?? "", c.width - 2 * PADDING, style));
    const rowLines = Math.max(1, ...cells.map((c) => c.length));
    const pageTop = doc.page.margins.top + headerHeight;
    if (y + rowLines * lh + 2 * PADDING > bottom() && y > pageTop) newPage();

    const tr = doc.struct("TR");
    tbody.add(tr);
    const tds = cells.map(() => {
      const td = doc.struct("TD");
      tr.add(td);
      return td;
    });
    let drawn = 0;
    while (drawn < rowLines) {
      const fit = Math.max(1, Math.floor((bottom() - y - 2 * PADDING) / lh));
      const n = Math.min(rowLines - drawn, fit);
      const height = n * lh + 2 * PADDING;
      const top = y;
      artifact(doc, () => {
        if (rowIndex % 2 === 1) doc.rect(left, top, totalWidth, height).fill(STRIPE_FILL);
        doc
          .moveTo(left, top + height)
          .lineTo(left + totalWidth, top + height)
          .lineWidth(0.4)
          .strokeColor(RULE)
          .stroke();
      });
      cells.forEach((lines, i) => {
        const slice = lines.slice(drawn, drawn + n);
        if (slice.length) tds[i]!.add(() => drawLines(doc, slice, xs[i]! + PADDING, top + PADDING, style));
      });
      y += height;
      drawn += n;
      if (drawn < rowLines) newPage();
    }
    tds.forEach((td) => td.end());
    tr.end();
  });
  tbody.end();
  structTable.end();
  doc.x = left;
  doc.y = y + 12;
}
