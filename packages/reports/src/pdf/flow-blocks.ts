// Tagged text blocks that flow down the pages of a two-pass document from the cursor: headings,
// paragraphs (continued on the next page when they do not fit), and label–value lists.
import type { PageFlow } from "./flow";
import type { Tag } from "./tags";
import { drawLines, lineHeight, wrapText, type TextStyle } from "./text-layout";

export interface BlockOptions {
  /** Points left after the block. */
  gap?: number;
  /** Points that must fit under the block too, or it starts on the next page (a heading keeps its first lines). */
  keepWithNext?: number;
  /** Indent from the left margin. */
  indent?: number;
}

/** A block of wrapped text tagged `type` (P, H1, H2…) under `parent`. */
export function textBlock(flow: PageFlow, parent: Tag, type: string, text: string, style: TextStyle, options: BlockOptions = {}): void {
  const indent = options.indent ?? 0;
  const lines = wrapText(flow.measure, text, flow.width - indent, style);
  const lh = lineHeight(style);
  flow.ensureRoom(Math.min(lines.length * lh, flow.bottom - flow.top) + (options.keepWithNext ?? 0));
  const tag = parent.child(type);
  let drawn = 0;
  while (drawn < lines.length) {
    const fit = Math.max(1, Math.floor((flow.bottom - flow.y) / lh));
    const slice = lines.slice(drawn, drawn + fit);
    const top = flow.y;
    tag.content(() => drawLines(flow.doc, slice, flow.left + indent, top, style));
    flow.y += slice.length * lh;
    drawn += slice.length;
    if (drawn < lines.length) flow.newPage();
  }
  tag.end();
  flow.y += options.gap ?? 6;
}

/** Label–value pairs, labels in a bold column; tagged as a list (L > LI > Lbl + LBody). */
export function labelledValues(flow: PageFlow, parent: Tag, pairs: [label: string, value: string][], style: TextStyle, labelWidth = 140): void {
  const list = parent.child("L");
  const labelStyle: TextStyle = { ...style, weight: 700 };
  const lh = lineHeight(style);
  for (const [label, value] of pairs) {
    const labelLines = wrapText(flow.measure, label, labelWidth - 8, labelStyle);
    const valueLines = wrapText(flow.measure, value, flow.width - labelWidth, style);
    flow.ensureRoom(Math.max(labelLines.length, valueLines.length) * lh);
    const top = flow.y;
    const item = list.child("LI");
    const lbl = item.child("Lbl");
    lbl.content(() => drawLines(flow.doc, labelLines, flow.left, top, labelStyle));
    lbl.end();
    const body = item.child("LBody");
    body.content(() => drawLines(flow.doc, valueLines, flow.left + labelWidth, top, style));
    body.end();
    item.end();
    flow.y = top + Math.max(labelLines.length, valueLines.length) * lh + 3;
  }
  list.end();
  flow.y += 6;
}
