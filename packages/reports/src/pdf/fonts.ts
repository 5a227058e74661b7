// Noto Sans for PDF reports, from the @fontsource/noto-sans package (never the host's fonts, never a
// download). pdfkit embeds WOFF (not WOFF2), so the .woff files are used, subset by pdfkit to the glyphs
// a document prints. Two weights: regular for text, bold for headings and table headers.
import type { PdfDoc } from "./pdf-doc";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseUnicodeRanges, splitRuns, type Subset, type TextRun } from "./font-runs";

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

/** Subsets in order of preference: Latin first, so spaces, digits and punctuation stay in one run. */
const SUBSET_ORDER = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese", "devanagari"];

let subsets: Subset[] | undefined;

/** The package's subsets that we embed, with their Unicode ranges. */
export function notoSubsets(): Subset[] {
  if (!subsets) {
    const table = JSON.parse(readFileSync(require.resolve("@fontsource/noto-sans/unicode.json"), "utf8")) as Record<string, string>;
    subsets = SUBSET_ORDER.filter((name) => table[name]).map((name) => ({ name, ranges: parseUnicodeRanges(table[name]!) }));
  }
  return subsets;
}

/** The pdfkit font name registered for a subset and weight. */
export const fontName = (subset: string, weight: Weight) => `noto-${subset}-${weight}`;

const fontFile = (subset: string, weight: Weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);

/** Registers every subset in both weights (pdfkit loads a font only when it is first used). */
export function registerNotoSans(doc: PdfDoc): void {
  for (const { name } of notoSubsets()) {
    for (const weight of [400, 700] as const) doc.registerFont(fontName(name, weight), fontFile(name, weight));
  }
}

/** The text cut into runs, each with the font that has its glyphs. */
export function fontRuns(text: string, weight: Weight): (TextRun & { font: string })[] {
  return splitRuns(text, notoSubsets()).map((r) => ({ ...r, font: fontName(r.subset, weight) }));
}
