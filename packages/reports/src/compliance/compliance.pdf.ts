// A framework report (EU AI Act, ISO/IEC 42001, NIST AI RMF) as a PDF, streamed to a destination: cover,
// contents (with page numbers and links), executive summary with charts, the systems in scope, the
// requirement matrix, gaps, evidence, then the framework's own sections. Landscape A4, tagged, with
// bookmarks, and "page x of y" plus the disclaimer in every footer. Laid out in two passes (pdf/two-pass.ts)
// so the numbers are known without keeping pages in memory. Pure: the model in, the bytes out.
import { formatInstant } from "../format/instant";
import type { ComplianceReport, ReportSection } from "../model/compliance";
import { barChartHeight, barChartWithTable } from "../pdf/bar-chart";
import { contentsPage, type ContentsEntry } from "../pdf/contents";
import type { PageFlow } from "../pdf/flow";
import { labelledValues, textBlock } from "../pdf/flow-blocks";
import { flowTable, type FlowTable } from "../pdf/flow-table";
import { renderTwoPass } from "../pdf/two-pass";
import { frameworkLabel } from "./compliance-labels";
import { sectionBlock } from "./compliance-pdf-blocks";
import { coverPage } from "./compliance-pdf-cover";
import { evidenceTable, gapTable, inventoryTable, requirementTable } from "./compliance-pdf-tables";
import { FIXED_PARTS } from "./compliance-text";

const H1 = { size: 16, weight: 700 } as const;
const H2 = { size: 12, weight: 700 } as const;
const BODY = { size: 9.5, weight: 400 } as const;

type PartId = (typeof FIXED_PARTS)[number]["id"];

/** Destination names: the fixed parts by id, the model's sections by position (their ids need not differ from ours). */
const partMark = (id: PartId) => `part-${id}`;
const sectionMark = (index: number) => `section-${index + 1}`;

export function contentsEntries(report: ComplianceReport): ContentsEntry[] {
  return [
    ...FIXED_PARTS.map((p): ContentsEntry => ({ markId: partMark(p.id), title: p.title, level: 1 })),
    ...report.sections.map((s, i): ContentsEntry => ({ markId: sectionMark(i), title: s.title, level: s.level })),
  ];
}

/** A chapter starts a new page; a sub-section continues on the page when its heading and a few lines fit. */
function heading(flow: PageFlow, markId: string, title: string, level: 1 | 2): void {
  if (level === 1) flow.newPage();
  else flow.ensureRoom(60);
  flow.mark(markId);
  flow.bookmark(title, level);
  textBlock(flow, flow.root, level === 1 ? "H1" : "H2", title, level === 1 ? H1 : H2, { gap: 8, keepWithNext: 30 });
}

async function tableOrNote(flow: PageFlow, table: FlowTable, count: number, none: string): Promise<void> {
  if (count === 0) textBlock(flow, flow.root, "P", none, BODY);
  else await flowTable(flow, flow.root, table);
}

async function summary(flow: PageFlow, report: ComplianceReport): Promise<void> {
  heading(flow, partMark("summary"), "Executive summary", 1);
  if (report.summary.figures.length)
    labelledValues(
      flow,
      flow.root,
      report.summary.figures.map((f): [string, string] => [f.label, f.value]),
      { size: 10, weight: 400 },
      220,
    );
  for (const chart of report.summary.charts) {
    // The heading stays on the page of its chart and table.
    flow.ensureRoom(40 + barChartHeight(flow, chart));
    textBlock(flow, flow.root, "H2", chart.title, H2, { gap: 6, keepWithNext: 40 });
    await barChartWithTable(flow, flow.root, chart);
  }
}

async function section(flow: PageFlow, s: ReportSection, index: number): Promise<void> {
  heading(flow, sectionMark(index), s.title, s.level);
  for (const block of s.blocks) await sectionBlock(flow, flow.root, block, s.title);
}

async function compose(flow: PageFlow, report: ComplianceReport): Promise<void> {
  flow.newPage();
  coverPage(flow, report);

  flow.newPage();
  textBlock(flow, flow.root, "H1", "Contents", H1, { gap: 10 });
  await contentsPage(flow, flow.root, contentsEntries(report), { size: 10, weight: 400 });

  await summary(flow, report);

  heading(flow, partMark("inventory"), "AI systems in scope", 1);
  await tableOrNote(flow, inventoryTable(flow.width, report.inventory), report.inventory.length, "No AI systems are in scope.");

  heading(flow, partMark("requirements"), "Requirements", 1);
  await tableOrNote(flow, requirementTable(flow.width, report.requirements), report.requirements.length, "No requirements apply to this scope.");

  heading(flow, partMark("gaps"), "Gaps", 1);
  await tableOrNote(flow, gapTable(flow.width, report), report.gaps.length, "No gaps were found.");

  heading(flow, partMark("evidence"), "Evidence", 1);
  await tableOrNote(flow, evidenceTable(flow.width, report.evidence), report.evidence.length, "No evidence is linked to these requirements.");

  for (const [index, s] of report.sections.entries()) await section(flow, s, index);
}

export async function renderCompliancePdf(report: ComplianceReport, destination: NodeJS.WritableStream): Promise<void> {
  const asOf = formatInstant(report.asOf, true);
  await renderTwoPass(
    {
      info: {
        title: `${report.title} — ${report.organization.name} — as of ${asOf}`,
        subject: `${frameworkLabel(report.framework)}: ${report.scope.label}, as recorded at ${asOf}`,
        keywords: [frameworkLabel(report.framework), report.kind, ...report.catalogues.map((c) => `${c.id} ${c.version}`), `sha256:${report.contentDigest}`],
        createdAt: report.generatedAt,
        layout: "landscape",
      },
      footer: { caption: `${report.organization.name} — ${report.title} as of ${asOf}`, disclaimer: report.disclaimer },
      compose: (flow) => compose(flow, report),
    },
    destination,
  );
}
