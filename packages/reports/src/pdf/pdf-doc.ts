// The pdfkit document type, named once (pdfkit's typings declare it in a global namespace).
import type PDFDocument from "pdfkit";

export type PdfDoc = typeof PDFDocument;
export type PdfStructureElement = PDFKit.PDFStructureElement;
