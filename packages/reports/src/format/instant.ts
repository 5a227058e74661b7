// How reports print instants: UTC, to the minute or second, the same on every machine (no locale, no
// time zone of the host).

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-01 14:05 UTC" (or with seconds). */
export function formatInstant(at: Date, withSeconds = false): string {
  const date = formatDay(at);
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${withSeconds ? `:${pad(at.getUTCSeconds())}` : ""}`;
  return `${date} ${time} UTC`;
}

/** "2026-03-01" (UTC). */
export function formatDay(at: Date): string {
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}
