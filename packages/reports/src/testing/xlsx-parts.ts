// Reads one part of an XLSX (a ZIP) as text, for what exceljs's reader does not return: internal
// hyperlinks (a `location`, no relationship) and the order of a sheet's elements.
import { text } from "node:stream/consumers";
import { fromBufferPromise } from "yauzl";

export async function xlsxPart(xlsx: Buffer, path: string): Promise<string> {
  const zip = await fromBufferPromise(xlsx, { lazyEntries: true, autoClose: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === path) return await text(await zip.openReadStreamPromise(entry));
    }
  } finally {
    zip.close();
  }
  throw new Error(`${path} is not in the workbook`);
}

/** The internal links of a sheet's XML: cell → location ("K2" → "'Evidence'!A3"). */
export function sheetLinks(sheetXml: string): Map<string, string> {
  const decode = (s: string) =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return new Map([...sheetXml.matchAll(/<hyperlink ref="([^"]+)" location="([^"]+)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
}
