// Noto Sans ships from @fontsource as one file per script subset (latin, latin-ext, greek, cyrillic…),
// and pdfkit has no font fallback: a glyph missing from the current font prints as a box. So text is cut
// into runs, each set in the subset that covers its characters. The subsets' Unicode ranges are the
// package's own (unicode.json), so this stays right when the package changes its cut.

export interface UnicodeRange {
  from: number;
  to: number;
}

export interface Subset {
  name: string;
  ranges: UnicodeRange[];
}

export interface TextRun {
  subset: string;
  text: string;
}

/** Parses a CSS unicode-range list ("U+0000-00FF,U+0131"). */
export function parseUnicodeRanges(css: string): UnicodeRange[] {
  return css.split(",").map((part) => {
    const m = /^\s*U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?\s*$/.exec(part);
    if (!m) throw new Error(`not a unicode range: ${part}`);
    const from = parseInt(m[1]!, 16);
    return { from, to: m[2] ? parseInt(m[2], 16) : from };
  });
}

/**
 * Picks, for each code point, the first subset (in the given order) that covers it; code points no
 * subset covers go to the first subset. Adjacent characters of one subset form one run.
 */
export function splitRuns(text: string, subsets: readonly Subset[]): TextRun[] {
  const runs: TextRun[] = [];
  const fallback = subsets[0]!.name;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const subset = subsets.find((s) => s.ranges.some((r) => cp >= r.from && cp <= r.to))?.name ?? fallback;
    const last = runs[runs.length - 1];
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ subset, text: ch });
  }
  return runs;
}
