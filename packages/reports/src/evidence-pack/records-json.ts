// records.json: the records behind the pack's reports, as given, in two-space JSON with a final newline.
// Dates are written as ISO text (their own toJSON) and bigints as decimal text (JSON has no bigint).

export function recordsJson(records: unknown): Buffer {
  const text = JSON.stringify(records ?? null, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2);
  return Buffer.from(`${text}\n`, "utf8");
}
