// Member paths of an evidence pack: relative, forward slashes, no "." or ".." segments, no empty
// segments, no control characters, unique, and not one of the names the pack writes itself. A bad path
// is refused when packing (an unzip tool could write it outside its folder, or two files could collide).

export const MANIFEST_PATH = "manifest.json";
export const RECORDS_PATH = "records.json";
const RESERVED = new Set([MANIFEST_PATH, RECORDS_PATH]);

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a member path is unsafe, or null when it is fine. */
export function unsafePathReason(path: string): string | null {
  if (path === "") return "is empty";
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path)) return "is absolute";
  if (path.includes("\\")) return "contains a backslash";
  if (CONTROL.test(path)) return "contains a control character";
  if (path.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) return "has an empty, '.' or '..' segment";
  return null;
}

export function checkReportPaths(paths: string[]): void {
  const seen = new Set<string>();
  for (const path of paths) {
    const reason = unsafePathReason(path);
    if (reason) throw new Error(`evidence pack: file path ${JSON.stringify(path)} ${reason}`);
    if (RESERVED.has(path)) throw new Error(`evidence pack: ${path} is written by the pack itself`);
    if (seen.has(path)) throw new Error(`evidence pack: two files at ${path}`);
    seen.add(path);
  }
}
