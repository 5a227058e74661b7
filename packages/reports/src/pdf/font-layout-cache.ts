// pdfkit remembers the layout of every word it has measured or drawn, per font, and never forgets one:
// over a report of many thousand rows (ids, dates, keys: words seen once) that cache grows with the
// report. This clears it. It reaches into pdfkit's fonts (the `layoutCache` of an embedded font, an
// internal field); a pdfkit without that field is left alone, and a cleared cache only costs time.
import type { PdfDoc } from "./pdf-doc";

type FontWithCache = { layoutCache?: Record<string, unknown> };

export function forgetFontLayouts(doc: PdfDoc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, FontWithCache> })._fontFamilies ?? {};
  for (const font of Object.values(families)) {
    if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
