// Canon's own facts as CycloneDX properties, all named in the "canon:" namespace ("canon:gateway:provider",
// "canon:promptTemplate:text"). A property value is text: numbers and booleans as JSON writes them,
// instants in ISO 8601 UTC, structured values as JSON with sorted keys. Absent values give no property.
import type { JsonObject, JsonValue } from "../model/ml-bom";

export type CdxProperty = { name: string; value: string };

type PropertyInput = JsonValue | Date | undefined;

/** JSON text with object keys sorted, so the same value always reads the same. */
export function sortedJson(value: JsonValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(value[k]!)}`).join(",")}}`;
}

export function propertyText(value: JsonValue | Date): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" ? value : sortedJson(value);
}

/** One "canon:<name>" property, or none when the value is null, undefined or empty text. */
export function canonProperty(name: string, value: PropertyInput): CdxProperty[] {
  if (value === null || value === undefined || value === "") return [];
  return [{ name: `canon:${name}`, value: propertyText(value) }];
}

/** One property per key of a JSON object, sorted by key: "canon:<prefix>:<key>". */
export function canonObjectProperties(prefix: string, object: JsonObject): CdxProperty[] {
  return Object.keys(object)
    .sort()
    .flatMap((key) => canonProperty(`${prefix}:${key}`, object[key]));
}
