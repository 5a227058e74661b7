// A PDF report document: A4, Noto Sans embedded, tagged (a structure tree under one Document element),
// metadata from the report (never the clock), every page kept until the end so footers can say
// "page i of n". `finish()` ends the document and resolves with its bytes.
import PDFDocument from "pdfkit";
import { registerNotoSans } from "./fonts";
import type { PdfDoc, PdfStructureElement } from "./pdf-doc";

export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** The report's generation time: written as the PDF's creation and modification dates. */
  createdAt: Date;
  layout: "portrait" | "landscape";
}

export interface PdfReport {
  doc: PdfDoc;
  /** The root of the structure tree: add headings, paragraphs and tables under it. */
  root: PdfStructureElement;
  finish(): Promise<Buffer>;
}

export const PAGE_MARGIN = 40;
/** Room kept below the bottom margin for the footer. */
export const FOOTER_HEIGHT = 18;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A pdfkit document with the reports' settings and fonts; `bufferPages` keeps every page until the end. */
export function openPdfDocument(info: PdfInfo, options: { bufferPages: boolean; autoFirstPage?: boolean; fontLayoutCache?: boolean }): PdfDoc {
  const doc = new PDFDocument({
    size: "A4",
    layout: info.layout,
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN + FOOTER_HEIGHT, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: options.bufferPages,
    autoFirstPage: options.autoFirstPage ?? true,
    fontLayoutCache: options.fontLayoutCache ?? true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: info.title,
      Author: "Canon",
      Subject: info.subject,
      Keywords: info.keywords.join(", "),
      Creator: "Canon",
      CreationDate: info.createdAt,
      ModDate: info.createdAt,
    },
  });
  // pdfkit copies the info fields into the XMP metadata stream without escaping them (after it has
  // written the Info dictionary): escape them at that step, so a name with "&" or "<" stays valid XML.
  const internals = doc as unknown as { info: Record<string, unknown>; endMetadata(): void };
  const endMetadata = internals.endMetadata;
  internals.endMetadata = function (this: typeof internals) {
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"]) {
      if (typeof this.info[key] === "string") this.info[key] = escapeXml(this.info[key] as string);
    }
    endMetadata.call(this);
  };
  registerNotoSans(doc);
  return doc;
}

export function createPdfReport(info: PdfInfo): PdfReport {
  const doc = openPdfDocument(info, { bufferPages: true });
  const root = doc.struct("Document");
  doc.addStructure(root);

  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    doc,
    root,
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}

/** Draws decoration (rules, fills, furniture) outside the structure tree, as an artifact. */
export function artifact(doc: PdfDoc, draw: () => void, type?: "Pagination" | "Layout"): void {
  doc.markContent("Artifact", type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}
