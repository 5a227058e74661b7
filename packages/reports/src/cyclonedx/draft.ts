// The CycloneDX document is built as plain objects in the key order it is printed in, with undefined,
// null, empty lists and empty objects allowed while building: `prune` drops them at the end, so a
// builder writes every field it knows and an absent value simply leaves no key (the schema has no nulls).

export type DraftValue = string | number | boolean | null | undefined | DraftValue[] | Draft;
export type Draft = { [key: string]: DraftValue };

/** A copy without undefined, null, [] or {} anywhere (keys keep their order). */
export function prune(value: DraftValue): DraftValue {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === "object") {
    const out: Draft = {};
    for (const [key, v] of Object.entries(value)) {
      const kept = prune(v);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}
