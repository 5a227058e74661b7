// Structure tags (tagged PDF) as the page flow hands them out: an element of the structure tree that
// takes child elements and marked content. While a two-pass document only measures, the same calls go
// to a tag that records nothing and draws nothing, so layout code is written once for both passes.
import type { PdfDoc, PdfStructureElement } from "./pdf-doc";

export interface TagOptions {
  /** The element's title (a table's caption for assistive technology). */
  title?: string;
  /** Alternate text (a figure's description). */
  alt?: string;
  /** For TH: "Column" or "Row". */
  scope?: "Column" | "Row";
  /** Where a Figure is on its page: [left, top, right, bottom] in points from the top left. */
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
}

export interface Tag {
  /** A new element of `type` under this one. */
  child(type: string, options?: TagOptions): Tag;
  /** Draws now, as content of this element (marked content on the current page). */
  content(draw: () => void): void;
  /** Closes the element: no children or content after this. */
  end(): void;
  /** The pdfkit element (null while measuring), for annotations that belong to it. */
  readonly element: PdfStructureElement | null;
}

/** A tag over a pdfkit structure element. */
export function pdfTag(doc: PdfDoc, element: PdfStructureElement): Tag {
  return {
    element,
    child(type, options) {
      const child = doc.struct(type, options as Parameters<PdfDoc["struct"]>[1]);
      element.add(child);
      return pdfTag(doc, child);
    },
    content(draw) {
      element.add(draw);
    },
    end() {
      element.end();
    },
  };
}

/** The tag of the measuring pass: accepts everything, records and draws nothing. */
export const MEASURING_TAG: Tag = {
  element: null,
  child: () => MEASURING_TAG,
  content: () => {},
  end: () => {},
};
