// The fonts of PDF reports, from npm packages (never the host's fonts, never a download): Noto Sans from
// @fontsource/noto-sans for Latin, Greek, Cyrillic, Vietnamese and Devanagari, then Noto Sans JP from
// @fontsource/noto-sans-jp for Chinese characters, kana and the other CJK marks. pdfkit embeds WOFF (not
// WOFF2), so the .woff files are used, subset by pdfkit to the glyphs a document prints. Both packages
// cut their fonts into files by Unicode range (Noto Sans JP into some 120 numbered slices); each file is
// one "subset" here, and text is set run by run in the subset that covers it (font-runs.ts).
// Two weights: regular for text, bold for headings and table headers.
import type { PdfDoc } from "./pdf-doc";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseUnicodeRanges, splitRuns, type Subset, type TextRun } from "./font-runs";

const require = createRequire(import.meta.url);

export type Weight = 400 | 700;

interface FontSubset extends Subset {
  file(weight: Weight): string;
}

/** Noto Sans subsets in order of preference: Latin first, so spaces, digits and punctuation stay in one run. */
const NOTO_SANS_ORDER = ["latin", "latin-ext", "greek", "greek-ext", "cyrillic", "cyrillic-ext", "vietnamese", "devanagari"];

const unicodeTable = (pkg: string) => JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), "utf8")) as Record<string, string>;

function notoSansSubsets(): FontSubset[] {
  const table = unicodeTable("@fontsource/noto-sans");
  return NOTO_SANS_ORDER.filter((name) => table[name]).map((name) => ({
    name,
    ranges: parseUnicodeRanges(table[name]!),
    file: (weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${name}-${weight}-normal.woff`),
  }));
}

/** Noto Sans JP's numbered slices ("[115]" in unicode.json, file noto-sans-jp-115-…); its Latin and Cyrillic files are left to Noto Sans. */
function notoSansJpSubsets(): FontSubset[] {
  const table = unicodeTable("@fontsource/noto-sans-jp");
  return Object.keys(table)
    .map((key) => /^\[(\d+)\]$/.exec(key)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => ({
      name: `jp-${n}`,
      ranges: parseUnicodeRanges(table[`[${n}]`]!),
      file: (weight) => require.resolve(`@fontsource/noto-sans-jp/files/noto-sans-jp-${n}-${weight}-normal.woff`),
    }));
}

let subsets: FontSubset[] | undefined;

/** Every subset we embed, in order of preference, with its Unicode ranges. */
export function notoSubsets(): readonly FontSubset[] {
  subsets ??= [...notoSansSubsets(), ...notoSansJpSubsets()];
  return subsets;
}

/** The pdfkit font name registered for a subset and weight. */
export const fontName = (subset: string, weight: Weight) => `noto-${subset}-${weight}`;

/** Registers every subset in both weights (pdfkit reads a font file only when it is first used). */
export function registerNotoSans(doc: PdfDoc): void {
  for (const subset of notoSubsets()) {
    for (const weight of [400, 700] as const) doc.registerFont(fontName(subset.name, weight), subset.file(weight));
  }
}

/** The text cut into runs, each with the font that has its glyphs. */
export function fontRuns(text: string, weight: Weight): (TextRun & { font: string })[] {
  return splitRuns(text, notoSubsets()).map((r) => ({ ...r, font: fontName(r.subset, weight) }));
}
