// The page flow of a two-pass document: where the next block goes (the cursor `y` on page `page`), when
// a page is full, and what marks the layout leaves (named destinations, bookmarks). The same layout code
// runs through it twice. In the measuring pass nothing is drawn or tagged (its tags and artifacts are
// no-ops) and the flow only counts pages and records on which page each mark fell; in the drawing pass
// it draws into the output document, and the layout can ask for what the first pass found: the page
// count and the page of every mark (for the contents and "page x of y").
import { forgetFontLayouts } from "./font-layout-cache";
import type { PdfDoc } from "./pdf-doc";
import type { Pump } from "./pump";
import { MEASURING_TAG, type Tag } from "./tags";
import type { TextMeasure } from "./text-layout";

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
  /** Room kept above the bottom margin for the footer. */
  footerHeight: number;
}

/** What the measuring pass found: the document's page count and the page each mark fell on. */
export interface FlowPlan {
  pageCount: number;
  marks: ReadonlyMap<string, number>;
}

export interface FlowOptions {
  doc: PdfDoc;
  measure: TextMeasure;
  geometry: PageGeometry;
  /** null: this is the measuring pass. */
  drawing: { root: Tag; plan: FlowPlan; pump: Pump } | null;
  /** Called on each new page, before the layout continues on it (footers). */
  onPage(flow: PageFlow): void;
}

type Outline = PdfDoc["outline"];

/** Pages after which pdfkit's word layouts are forgotten while drawing (each page adds the words it prints). */
const FORGET_LAYOUTS_EVERY = 100;

export class PageFlow {
  /** The cursor: where the next block starts on the current page. */
  y = 0;
  /** The current page, 1-based (0 before the first page). */
  page = 0;
  private readonly marks = new Map<string, number>();
  private chapter: Outline | null = null;

  constructor(private readonly options: FlowOptions) {}

  get measuring(): boolean {
    return this.options.drawing === null;
  }
  get doc(): PdfDoc {
    return this.options.doc;
  }
  get measure(): TextMeasure {
    return this.options.measure;
  }
  get geometry(): PageGeometry {
    return this.options.geometry;
  }
  /** The root of the structure tree (records nothing while measuring). */
  get root(): Tag {
    return this.options.drawing?.root ?? MEASURING_TAG;
  }
  get left(): number {
    return this.geometry.margin;
  }
  get right(): number {
    return this.geometry.width - this.geometry.margin;
  }
  get top(): number {
    return this.geometry.margin;
  }
  /** The lowest y content may reach (the footer is below). */
  get bottom(): number {
    return this.geometry.height - this.geometry.margin - this.geometry.footerHeight;
  }
  get width(): number {
    return this.right - this.left;
  }

  /** The page count the measuring pass found; null while measuring. */
  get pageCount(): number | null {
    return this.options.drawing?.plan.pageCount ?? null;
  }

  /** The page the measuring pass found a mark on; null while measuring. */
  pageOf(markId: string): number | null {
    return this.options.drawing?.plan.marks.get(markId) ?? null;
  }

  newPage(): void {
    this.page += 1;
    if (!this.measuring) {
      if (this.page % FORGET_LAYOUTS_EVERY === 0) forgetFontLayouts(this.doc);
      const { width, height, margin, footerHeight } = this.geometry;
      this.doc.addPage({ size: [width, height], margins: { top: margin, left: margin, right: margin, bottom: margin + footerHeight } });
    }
    this.y = this.top;
    this.options.onPage(this);
  }

  /** Starts a new page unless `height` fits under the cursor (or the cursor is already at the top). */
  ensureRoom(height: number): void {
    if (this.page === 0 || (this.y + height > this.bottom && this.y > this.top)) this.newPage();
  }

  /** Draws decoration (rules, fills, repeated headers, footers) outside the structure tree. */
  artifact(draw: () => void, type?: "Pagination" | "Layout"): void {
    if (this.measuring) return;
    this.doc.markContent("Artifact", type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  /** Records that `id` is at the cursor: its page for the contents, and a named destination to link to. */
  mark(id: string): void {
    this.marks.set(id, this.page);
    if (!this.measuring) this.doc.addNamedDestination(id, "XYZ", null, this.y, null);
  }

  /** A bookmark (document outline entry) to the current page; level 2 goes under the last level 1. */
  bookmark(title: string, level: 1 | 2): void {
    if (this.measuring) return;
    const outline = this.doc.outline;
    if (level === 1 || !this.chapter) {
      const item = outline.addItem(title);
      if (level === 1) this.chapter = item;
    } else this.chapter.addItem(title);
  }

  /** A link area to a mark's destination, annotating `tag` (a Link element). */
  link(tag: Tag, box: { x: number; y: number; width: number; height: number }, markId: string): void {
    if (this.measuring) return;
    this.doc.goTo(box.x, box.y, box.width, box.height, markId, { structParent: tag.element } as Parameters<PdfDoc["goTo"]>[5]);
  }

  /** A safe point to hand the bytes drawn so far to the destination. */
  async flush(): Promise<void> {
    await this.options.drawing?.pump.flush();
  }

  /** What this pass found (the plan for the drawing pass). */
  plan(): FlowPlan {
    return { pageCount: this.page, marks: new Map(this.marks) };
  }
}
