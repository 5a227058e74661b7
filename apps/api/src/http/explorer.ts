import { readFileSync } from "node:fs";
import path from "node:path";

let html: string | undefined;

/** The offline GraphQL explorer: one static page, no CDN. */
export function explorerHtml(): string {
  html ??= readFileSync(path.join(import.meta.dirname, "explorer.html"), "utf8");
  return html;
}
