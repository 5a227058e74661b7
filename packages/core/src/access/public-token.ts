/** What may be shown of a token after creation: never the hash. */
export function publicToken<T extends { tokenHash?: string }>(row: T): Omit<T, "tokenHash"> {
  const { tokenHash: _hidden, ...rest } = row;
  return rest;
}
