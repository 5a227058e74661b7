// Which edition of the ISO/IEC 42001 catalogue this is. Reports record it beside every figure taken from
// the catalogue (the report model's `catalogues`), so a stored report can be traced to the entries it used.

/** Bump when a clause or control is added, removed or retitled. */
export const ISO_42001_CATALOGUE_VERSION = "2026.1";

/** The standard the catalogue describes: numbers and short titles only, from its table of contents. */
export const ISO_42001_SOURCE = {
  id: "iso-42001",
  title: "ISO/IEC 42001",
  reference: "ISO/IEC 42001:2023",
} as const;
