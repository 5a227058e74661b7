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

/** Finds the first subset (in the given order) covering a code point; remembers each answer, since a text uses few distinct ones. */
function subsetFinder(subsets: readonly Subset[]): (codePoint: number) => string {
  const fallback = subsets[0]!.name;
  const bounds = subsets.map((s) => ({
    name: s.name,
    ranges: s.ranges,
    from: Math.min(...s.ranges.map((r) => r.from)),
    to: Math.max(...s.ranges.map((r) => r.to)),
  }));
  const known = new Map<number, string>();
  return (cp) => {
    let name = known.get(cp);
    if (name === undefined) {
      name = bounds.find((s) => cp >= s.from && cp <= s.to && s.ranges.some((r) => cp >= r.from && cp <= r.to))?.name ?? fallback;
      known.set(cp, name);
    }
    return name;
  };
}

const finders = new WeakMap<readonly Subset[], (codePoint: number) => string>();

/**
 * Picks, for each code point, the first subset (in the given order) that covers it; code points no
 * subset covers go to the first subset. Adjacent characters of one subset form one run.
 */
export function splitRuns(text: string, subsets: readonly Subset[]): TextRun[] {
  let find = finders.get(subsets);
  if (!find) finders.set(subsets, (find = subsetFinder(subsets)));
  const runs: TextRun[] = [];
  let start = 0;
  let current: string | null = null;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const subset = find(cp);
    if (subset !== current) {
      if (current !== null) runs.push({ subset: current, text: text.slice(start, i) });
      current = subset;
      start = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (current !== null) runs.push({ subset: current, text: text.slice(start) });
  return runs;
}
