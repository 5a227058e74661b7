// The blocks of a framework-specific section in the PDF: paragraphs, field lists (item, label, value or
// "— to be written", where the value came from) and tables, in the order the model gives them.
import type { FieldRow, ReportBlock, ReportTable } from "../model/compliance";
import { textBlock } from "../pdf/flow-blocks";
import type { PageFlow } from "../pdf/flow";
import { columnsByWeight, flowTable, type FlowCell } from "../pdf/flow-table";
import type { Tag } from "../pdf/tags";
import { NOT_WRITTEN } from "./compliance-text";

const BODY = { size: 9.5, weight: 400 } as const;
const CAPTION = { size: 9.5, weight: 700 } as const;

function* fieldRows(rows: FieldRow[]): Iterable<FlowCell[]> {
  for (const f of rows) yield [f.item ?? "", f.label, f.value ?? { text: NOT_WRITTEN, color: "#9B1C1C" }, f.source ?? "—"];
}

/** A column's share of the width: its longest text among the first rows, within bounds. */
function columnWeight(table: ReportTable, column: ReportTable["columns"][number]): number {
  const longest = Math.max(column.label.length, ...table.rows.slice(0, 200).map((row) => (row[column.key] ?? "").length));
  return Math.min(40, Math.max(6, longest));
}

function* tableRows(table: ReportTable): Iterable<FlowCell[]> {
  for (const row of table.rows) yield table.columns.map((c) => row[c.key] ?? "");
}

export async function sectionBlock(flow: PageFlow, parent: Tag, block: ReportBlock, sectionTitle: string): Promise<void> {
  switch (block.kind) {
    case "paragraph":
      textBlock(flow, parent, "P", block.text, BODY, { gap: 8 });
      return;
    case "fields":
      await flowTable(flow, parent, {
        title: sectionTitle,
        columns: columnsByWeight(flow.width, [
          ["Item", 0.6],
          ["Field", 2],
          ["Value", 4],
          ["Source", 2.4],
        ]),
        rows: fieldRows(block.rows),
        style: { size: 8, weight: 400 },
        headerStyle: { size: 8, weight: 700 },
      });
      return;
    case "table":
      if (block.sheetOnly) return;
      if (block.title) textBlock(flow, parent, "P", block.title, CAPTION, { gap: 4, keepWithNext: 30 });
      await flowTable(flow, parent, {
        title: block.title ?? sectionTitle,
        columns: columnsByWeight(
          flow.width,
          block.columns.map((c): [string, number] => [c.label, columnWeight(block, c)]),
        ),
        rows: tableRows(block),
      });
      return;
  }
}
