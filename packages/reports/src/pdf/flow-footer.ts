// The footer of every page of a two-pass document: a caption on the left, "Page x of y" on the right (y
// from the measuring pass), and under them the report's disclaimer when it has one. Drawn as a
// pagination artifact when the page begins; its height is fixed before the first page, from the text.
import type { PageFlow } from "./flow";
import { drawLines, lineHeight, wrapText, type TextLine, type TextMeasure, type TextStyle } from "./text-layout";

export interface FooterText {
  caption: string;
  /** Printed in full under the caption on every page (up to MAX_DISCLAIMER_LINES lines). */
  disclaimer: string | null;
}

export interface Footer {
  height: number;
  draw(flow: PageFlow): void;
}

const STYLE: TextStyle = { size: 7.5, weight: 400, color: "#555555" };
const DISCLAIMER_STYLE: TextStyle = { size: 7.5, weight: 700, color: "#333333" };
const MAX_DISCLAIMER_LINES = 3;
/** Space between the content and the footer's first line. */
const GAP = 6;

export function footer(measure: TextMeasure, width: number, text: FooterText): Footer {
  const caption = wrapText(measure, text.caption, width * 0.75, STYLE).slice(0, 1);
  const disclaimer: TextLine[] = text.disclaimer ? wrapText(measure, text.disclaimer, width, DISCLAIMER_STYLE).slice(0, MAX_DISCLAIMER_LINES) : [];
  const height = GAP + lineHeight(STYLE) + disclaimer.length * lineHeight(DISCLAIMER_STYLE);
  return {
    height,
    draw(flow) {
      flow.artifact(() => {
        const top = flow.bottom + GAP;
        const pageLabel = wrapText(measure, `Page ${flow.page} of ${flow.pageCount ?? "?"}`, width, STYLE);
        drawLines(flow.doc, caption, flow.left, top, STYLE);
        drawLines(flow.doc, pageLabel, flow.left, top, STYLE, { width, align: "right" });
        drawLines(flow.doc, disclaimer, flow.left, top + lineHeight(STYLE), DISCLAIMER_STYLE);
      }, "Pagination");
    },
  };
}
