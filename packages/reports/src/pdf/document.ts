// A pdfkit document as reports use it: A4, Noto Sans registered, tagged (a structure tree, language
// English), PDF 1.7, metadata from the report (never the clock). Pages are not buffered: a two-pass
// document (two-pass.ts) knows its page numbers before it draws, so each page leaves when finished.
import PDFDocument from "pdfkit";
import { registerNotoSans } from "./fonts";
import type { PdfDoc } from "./pdf-doc";

export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** The report's generation time: written as the PDF's creation and modification dates. */
  createdAt: Date;
  layout: "portrait" | "landscape";
}

export const PAGE_MARGIN = 40;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A pdfkit document with the reports' settings and fonts, and no page yet. */
export function openPdfDocument(info: PdfInfo): PdfDoc {
  const doc = new PDFDocument({
    size: "A4",
    layout: info.layout,
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: false,
    autoFirstPage: false,
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
