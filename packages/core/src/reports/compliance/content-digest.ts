// The digest printed on a report's cover: sha256 of the report model in canonical JSON (keys sorted,
// dates as ISO strings) without the digest itself, so the same registry state and inputs give the same
// digest whatever the output format.
import { createHash } from "node:crypto";

function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function contentDigest(model: Record<string, unknown>): string {
  const { contentDigest: _omit, ...rest } = model;
  void _omit;
  return createHash("sha256").update(canonical(rest)).digest("hex");
}
