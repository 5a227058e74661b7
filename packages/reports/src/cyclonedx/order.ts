// Orders for stable output: by code unit, never by locale (the same BOM on every machine).

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortedBy<T>(items: readonly T[], ...keys: ((item: T) => string | number)[]): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === "number" && typeof y === "number" ? x - y : compareText(String(x), String(y));
      if (order) return order;
    }
    return 0;
  });
}

export const uniqueSorted = (items: readonly string[]) => [...new Set(items)].sort(compareText);
