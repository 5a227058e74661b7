// The contents page of a two-pass document: one line per marked section, sub-sections indented, a
// dotted leader and the page number the measuring pass found for the section's mark. Each entry links to
// its section (a named destination). Tagged TOC > TOCI > Link, the leaders as artifacts.
import type { PageFlow } from "./flow";
import type { Tag } from "./tags";
import { drawLines, lineHeight, textWidth, wrapText, type TextStyle } from "./text-layout";

export interface ContentsEntry {
  /** The section's mark (flow.mark(id) where it starts). */
  markId: string;
  title: string;
  level: 1 | 2;
}

const NUMBER_COLUMN = 40;
const INDENT = 18;
const LEADER = "#9AA4AE";

export async function contentsPage(flow: PageFlow, parent: Tag, entries: ContentsEntry[], style: TextStyle): Promise<void> {
  const lh = lineHeight(style);
  const toc = parent.child("TOC");
  for (const entry of entries) {
    const entryStyle: TextStyle = entry.level === 1 ? { ...style, weight: 700 } : style;
    const indent = entry.level === 1 ? 0 : INDENT;
    const titleWidth = flow.width - indent - NUMBER_COLUMN - 12;
    const lines = wrapText(flow.measure, entry.title, titleWidth, entryStyle);
    const page = flow.pageOf(entry.markId);
    const number = wrapText(flow.measure, page === null ? "" : String(page), NUMBER_COLUMN, entryStyle);
    const height = lines.length * lh;
    flow.ensureRoom(height + (entry.level === 1 ? 4 : 0));
    if (entry.level === 1) flow.y += 4;
    const top = flow.y;
    const lastLineTop = top + (lines.length - 1) * lh;

    const item = toc.child("TOCI");
    const link = item.child("Link");
    link.content(() => {
      drawLines(flow.doc, lines, flow.left + indent, top, entryStyle);
      drawLines(flow.doc, number, flow.right - NUMBER_COLUMN, lastLineTop, entryStyle, { width: NUMBER_COLUMN, align: "right" });
    });
    flow.link(link, { x: flow.left + indent, y: top, width: flow.width - indent, height }, entry.markId);
    link.end();
    item.end();
    flow.artifact(() => {
      const from = flow.left + indent + (lines[lines.length - 1]?.width ?? 0) + 4;
      const to = flow.right - NUMBER_COLUMN + (NUMBER_COLUMN - textWidth(flow.measure, String(page ?? ""), entryStyle)) - 4;
      const baseline = lastLineTop + style.size * 1.05;
      if (to > from) flow.doc.moveTo(from, baseline).lineTo(to, baseline).dash(0.5, { space: 2.5 }).lineWidth(0.6).strokeColor(LEADER).stroke().undash();
    });
    flow.y = top + height + 2;
    await flow.flush();
  }
  toc.end();
  flow.y += 6;
}
