// Tagged text blocks that flow down the page from doc.y: headings, paragraphs, label–value lists.
import type { PdfDoc, PdfStructureElement } from "./pdf-doc";
import { drawLines, lineHeight, measureOf, wrapText, type TextStyle } from "./text-layout";

const contentWidth = (doc: PdfDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Moves to a new page when `height` does not fit under doc.y. */
function ensureRoom(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
}

/** A block of wrapped text tagged `tag` (P, H1, H2…), followed by `gap` points. */
export function textBlock(doc: PdfDoc, parent: PdfStructureElement, tag: string, text: string, style: TextStyle, gap = 6): void {
  const lines = wrapText(measureOf(doc), text, contentWidth(doc), style);
  const height = lines.length * lineHeight(style);
  ensureRoom(doc, height);
  const top = doc.y;
  const element = doc.struct(tag);
  parent.add(element);
  element.add(() => drawLines(doc, lines, doc.page.margins.left, top, style));
  element.end();
  doc.x = doc.page.margins.left;
  doc.y = top + height + gap;
}

/** Label–value pairs, labels in a bold column; tagged as a list (L > LI > Lbl + LBody). */
export function labelledValues(doc: PdfDoc, parent: PdfStructureElement, pairs: [label: string, value: string][], style: TextStyle, labelWidth = 140): void {
  const list = doc.struct("L");
  parent.add(list);
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of pairs) {
    const labelLines = wrapText(measureOf(doc), label, labelWidth - 8, { ...style, weight: 700 });
    const valueLines = wrapText(measureOf(doc), value, valueWidth, style);
    const height = Math.max(labelLines.length, valueLines.length) * lineHeight(style);
    ensureRoom(doc, height);
    const top = doc.y;
    const item = doc.struct("LI");
    list.add(item);
    const lbl = doc.struct("Lbl");
    item.add(lbl);
    lbl.add(() => drawLines(doc, labelLines, left, top, { ...style, weight: 700 }));
    lbl.end();
    const body = doc.struct("LBody");
    item.add(body);
    body.add(() => drawLines(doc, valueLines, left + labelWidth, top, style));
    body.end();
    item.end();
    doc.y = top + height + 3;
  }
  list.end();
  doc.x = left;
  doc.y += 6;
}
