// A PDF laid out twice and streamed, instead of keeping every page in memory to number them at the end.
// Pass 1 runs the layout through a measuring flow: nothing is drawn, pages are counted and marks (section
// starts) recorded. Pass 2 runs the same layout drawing into the output document, which streams to the
// destination page by page; by then the contents page and every "page x of y" footer know their numbers.
// Both passes measure text with the same remembering TextMeasure, so they break lines and pages alike;
// if they ever disagree, rendering fails rather than print a wrong contents page. Memory stays flat:
// pages leave as they are finished, and the word caches are bounded (font-layout-cache.ts).
import type { Readable } from "node:stream";
import { openPdfDocument, PAGE_MARGIN, type PdfInfo } from "./document";
import { PageFlow, type FlowPlan, type PageGeometry } from "./flow";
import { footer, type FooterText } from "./flow-footer";
import { pump } from "./pump";
import { pdfTag } from "./tags";
import { measureWith } from "./text-layout";

export interface TwoPassDocument {
  info: PdfInfo;
  footer: FooterText;
  /** Lays the whole document out through the flow, starting with flow.newPage(). Runs once per pass. */
  compose(flow: PageFlow): Promise<void>;
}

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };

function samePlan(a: FlowPlan, b: FlowPlan): boolean {
  return a.pageCount === b.pageCount && a.marks.size === b.marks.size && [...a.marks].every(([id, page]) => b.marks.get(id) === page);
}

export async function renderTwoPass(document: TwoPassDocument, destination: NodeJS.WritableStream): Promise<void> {
  const { info } = document;
  // One pdfkit document serves both passes: the first only measures with its fonts (writing nothing but
  // the file header), so the words it lays out are ready when the second draws them.
  const doc = openPdfDocument(info);
  const measure = measureWith(doc);
  const [width, height] = info.layout === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  const pageFooter = footer(measure, width - 2 * PAGE_MARGIN, document.footer);
  const geometry: PageGeometry = { width, height, margin: PAGE_MARGIN, footerHeight: pageFooter.height };

  const measuring = new PageFlow({ doc, measure, geometry, drawing: null, onPage: pageFooter.draw });
  await document.compose(measuring);
  const plan = measuring.plan();

  const root = doc.struct("Document");
  doc.addStructure(root);
  const out = pump(doc as unknown as Readable, destination);
  try {
    const drawing = new PageFlow({ doc, measure, geometry, drawing: { root: pdfTag(doc, root), plan, pump: out }, onPage: pageFooter.draw });
    await document.compose(drawing);
    if (!samePlan(plan, drawing.plan())) throw new Error("the two layout passes disagree on pages; the contents would be wrong");
    root.end();
    doc.end();
    await out.finish();
  } catch (error) {
    out.abort(error);
    throw error;
  }
}
