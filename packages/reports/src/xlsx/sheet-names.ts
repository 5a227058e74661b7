// Worksheet names as Excel accepts them: 1 to 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe, not "History" (Excel keeps it for itself), and unique in the workbook
// without regard to case. A name that breaks a rule is mended, not refused: a report never fails
// because a section asked for an awkward sheet.

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = new Set(["history"]);

/** The name with forbidden characters replaced, trimmed and cut to the limit ("Sheet" if nothing is left). */
export function cleanSheetName(wanted: string): string {
  const visible = [...wanted.replace(FORBIDDEN, " ")].filter((ch) => ch.codePointAt(0)! >= 0x20).join("");
  const cleaned = [...visible.replace(/\s+/g, " ").trim()]
    .slice(0, MAX_SHEET_NAME)
    .join("")
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned || "Sheet";
}

/** Hands out unique sheet names for one workbook. */
export class SheetNames {
  private readonly taken = new Set<string>();

  /** A valid name for `wanted`, distinct from every name taken before ("SoA", "SoA (2)"…). */
  take(wanted: string): string {
    const base = cleanSheetName(wanted);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${[...base]
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join("")
        .trimEnd()}${suffix}`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** A sheet name as a formula or link reference quotes it: 'Evidence', 'O''Brien'. */
export const quotedSheetName = (name: string) => `'${name.replace(/'/g, "''")}'`;
