// Text set in Noto Sans runs (fonts.ts), wrapped to a width and drawn line by line at explicit positions.
// pdfkit's own wrapping works in one font at a time, so the table measures and breaks text itself: that
// is also what lets it know a row's height before drawing it.
import type { PdfDoc } from "./pdf-doc";
import { fontRuns, type Weight } from "./fonts";

export interface TextStyle {
  size: number;
  weight: Weight;
  color?: string;
}

export interface PlacedRun {
  font: string;
  text: string;
  width: number;
}

export interface TextLine {
  runs: PlacedRun[];
  width: number;
}

/** Line height for a style (Noto Sans has tall ascenders and descenders). */
export const lineHeight = (style: TextStyle) => style.size * 1.32;

function runsOf(doc: PdfDoc, text: string, style: TextStyle): PlacedRun[] {
  return fontRuns(text, style.weight).map((r) => ({ font: r.font, text: r.text, width: doc.font(r.font).fontSize(style.size).widthOfString(r.text) }));
}

const sum = (runs: PlacedRun[]) => runs.reduce((w, r) => w + r.width, 0);

/** The width of one line of text. */
export function textWidth(doc: PdfDoc, text: string, style: TextStyle): number {
  return sum(runsOf(doc, text, style));
}

/** Breaks a word wider than the line into pieces that fit (at least one character each). */
function breakWord(doc: PdfDoc, word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && textWidth(doc, piece + ch, style) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text (newlines start new lines) to `width`, breaking at spaces, or inside a word too long for a line. */
export function wrapText(doc: PdfDoc, text: string, width: number, style: TextStyle): TextLine[] {
  // Widths add up word by word (kerning across a space is nil), so each word is measured once.
  const measure = (t: string) => textWidth(doc, t, style);
  const space = measure(" ");
  // Each line, and whether a space separates it from the next (not so inside a broken word).
  const lines: { text: string; spaceAfter: boolean }[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let lineWidth = 0;
    const startLine = (word: string, wordWidth: number) => {
      if (wordWidth <= width) return ([line, lineWidth] = [word, wordWidth]);
      const pieces = breakWord(doc, word, width, style);
      lines.push(...pieces.slice(0, -1).map((text) => ({ text, spaceAfter: false })));
      const last = pieces[pieces.length - 1]!;
      return ([line, lineWidth] = [last, measure(last)]);
    };
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = measure(word);
      if (!line) startLine(word, wordWidth);
      else if (lineWidth + space + wordWidth <= width) [line, lineWidth] = [`${line} ${word}`, lineWidth + space + wordWidth];
      else {
        lines.push({ text: line, spaceAfter: true });
        startLine(word, wordWidth);
      }
    }
    lines.push({ text: line, spaceAfter: true });
  }
  // A line that ends between words keeps its trailing space (drawn, invisible), so text read back from
  // the structure tree or copied out has its words apart where a line was broken.
  return lines.map((l, i) => {
    const spaced = l.spaceAfter && i < lines.length - 1;
    const runs = runsOf(doc, spaced ? `${l.text} ` : l.text, style);
    return { runs, width: sum(runs) - (spaced ? space : 0) };
  });
}

/** Draws lines from (x, y), top down; `align: "right"` aligns each line to x + width. */
export function drawLines(doc: PdfDoc, lines: TextLine[], x: number, y: number, style: TextStyle, opts: { width?: number; align?: "left" | "right" } = {}): number {
  const height = lineHeight(style);
  doc.fillColor(style.color ?? "#111111");
  lines.forEach((line, i) => {
    let cx = opts.align === "right" && opts.width !== undefined ? x + opts.width - line.width : x;
    for (const run of line.runs) {
      doc.font(run.font).fontSize(style.size).text(run.text, cx, y + i * height, { lineBreak: false });
      cx += run.width;
    }
  });
  return lines.length * height;
}
