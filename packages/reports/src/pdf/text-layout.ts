// Text set in Noto Sans runs (fonts.ts), wrapped to a width and drawn line by line at explicit positions.
// pdfkit's own wrapping works in one font at a time, so the table measures and breaks text itself: that
// is also what lets it know a row's height before drawing it. Widths come from a TextMeasure, which
// remembers each word's width: a report measures the same words over and over, and a two-pass document
// measures everything twice.
import type { PdfDoc } from "./pdf-doc";
import { forgetFontLayouts } from "./font-layout-cache";
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

/** The width of text set in one font; linear in the size. */
export interface TextMeasure {
  width(font: string, size: number, text: string): number;
}

/** Words measured beyond this many are forgotten, here and by pdfkit (a report of unique strings must not grow without end). */
const MEASURE_CACHE_LIMIT = 50_000;

/**
 * Measures with a pdfkit document's fonts (registered on it). Like pdfkit, a text's width is the sum of
 * its words' widths (each with the space or tab after it), so each word is measured once and remembered
 * at size 1: lines are new in every row, words mostly are not. pdfkit remembers each word's layout
 * too (and draws with it); both are forgotten together when the count reaches the limit.
 */
export function measureWith(doc: PdfDoc): TextMeasure {
  const fonts = new Map<string, Map<string, number>>();
  let remembered = 0;
  const unitWidth = (font: string, known: Map<string, number>, piece: string) => {
    let unit = known.get(piece);
    if (unit === undefined) {
      if (remembered >= MEASURE_CACHE_LIMIT) {
        for (const map of fonts.values()) map.clear();
        forgetFontLayouts(doc);
        remembered = 0;
      }
      unit = doc.font(font).fontSize(1).widthOfString(piece);
      known.set(piece, unit);
      remembered += 1;
    }
    return unit;
  };
  return {
    width(font, size, text) {
      let known = fonts.get(font);
      if (!known) fonts.set(font, (known = new Map()));
      let unit = 0;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9) {
          unit += unitWidth(font, known, text.slice(start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length) unit += unitWidth(font, known, text.slice(start));
      return unit * size;
    },
  };
}

function runsOf(measure: TextMeasure, text: string, style: TextStyle): PlacedRun[] {
  return fontRuns(text, style.weight).map((r) => ({ font: r.font, text: r.text, width: measure.width(r.font, style.size, r.text) }));
}

const sum = (runs: PlacedRun[]) => runs.reduce((w, r) => w + r.width, 0);

/** The width of one line of text. */
export function textWidth(measure: TextMeasure, text: string, style: TextStyle): number {
  return sum(runsOf(measure, text, style));
}

/** Breaks a word wider than the line into pieces that fit (at least one character each). */
function breakWord(measure: TextMeasure, word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && textWidth(measure, piece + ch, style) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text (newlines start new lines) to `width`, breaking at spaces, or inside a word too long for a line. */
export function wrapText(measure: TextMeasure, text: string, width: number, style: TextStyle): TextLine[] {
  // Widths add up word by word (kerning across a space is nil), so each word is measured once.
  const widthOf = (t: string) => textWidth(measure, t, style);
  const space = widthOf(" ");
  // Each line, and whether a space separates it from the next (not so inside a broken word).
  const lines: { text: string; spaceAfter: boolean }[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let lineWidth = 0;
    const startLine = (word: string, wordWidth: number) => {
      if (wordWidth <= width) return ([line, lineWidth] = [word, wordWidth]);
      const pieces = breakWord(measure, word, width, style);
      lines.push(...pieces.slice(0, -1).map((text) => ({ text, spaceAfter: false })));
      const last = pieces[pieces.length - 1]!;
      return ([line, lineWidth] = [last, widthOf(last)]);
    };
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = widthOf(word);
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
    const runs = runsOf(measure, spaced ? `${l.text} ` : l.text, style);
    return { runs, width: sum(runs) - (spaced ? space : 0) };
  });
}

/** Draws lines from (x, y), top down; `align: "right"` aligns each line to x + width. */
export function drawLines(
  doc: PdfDoc,
  lines: TextLine[],
  x: number,
  y: number,
  style: TextStyle,
  opts: { width?: number; align?: "left" | "right" } = {},
): number {
  const height = lineHeight(style);
  doc.fillColor(style.color ?? "#111111");
  lines.forEach((line, i) => {
    let cx = opts.align === "right" && opts.width !== undefined ? x + opts.width - line.width : x;
    for (const run of line.runs) {
      doc
        .font(run.font)
        .fontSize(style.size)
        .text(run.text, cx, y + i * height, { lineBreak: false });
      cx += run.width;
    }
  });
  return lines.length * height;
}
