// The footer of every page, written once all pages exist: a left caption and "Page i of n".
import { artifact, FOOTER_HEIGHT, PAGE_MARGIN } from "./document";
import type { PdfDoc } from "./pdf-doc";
import { drawLines, measureOf, wrapText, type TextStyle } from "./text-layout";

const STYLE: TextStyle = { size: 7.5, weight: 400, color: "#555555" };

export function writePageFooters(doc: PdfDoc, caption: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - 2 * PAGE_MARGIN;
    const y = doc.page.height - PAGE_MARGIN - FOOTER_HEIGHT / 2;
    artifact(
      doc,
      () => {
        const pageLabel = `Page ${i - start + 1} of ${count}`;
        drawLines(doc, wrapText(measureOf(doc), caption, width * 0.8, STYLE).slice(0, 1), PAGE_MARGIN, y, STYLE);
        drawLines(doc, wrapText(measureOf(doc), pageLabel, width, STYLE), PAGE_MARGIN, y, STYLE, { width, align: "right" });
      },
      "Pagination",
    );
  }
}
