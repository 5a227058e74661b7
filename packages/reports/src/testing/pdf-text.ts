// Reads a PDF back for tests with poppler's tools: the text of each page (pdftotext, the PDF on stdin),
// the document information (pdfinfo) and the fonts (pdffonts), which need a file.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The text of every page, in order (pdftotext separates pages with a form feed). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const child = spawn("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { stdio: ["pipe", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (d: Buffer) => out.push(d));
  child.stderr.on("data", (d: Buffer) => err.push(d));
  const exited = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  child.stdin.end(pdf);
  const code = await exited;
  if (code !== 0) throw new Error(`pdftotext failed (${code}): ${Buffer.concat(err).toString()}`);
  const pages = Buffer.concat(out).toString("utf8").split("\f");
  return pages[pages.length - 1]!.trim() === "" ? pages.slice(0, -1) : pages;
}

async function withFile<T>(pdf: Buffer, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "canon-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    await writeFile(file, pdf);
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields ("Title", "Author", "Tagged", "Pages"…), dates as ISO-8601 (-isodates). */
export function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withFile(pdf, async (file) => {
    const { stdout } = await promisify(execFile)("pdfinfo", ["-isodates", "-enc", "UTF-8", file]);
    return Object.fromEntries(
      stdout
        .split("\n")
        .filter((l) => l.includes(":"))
        .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
    );
  });
}

/** The XMP metadata stream as text (pdfinfo -meta). */
export function pdfXmp(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await promisify(execFile)("pdfinfo", ["-meta", file])).stdout);
}

/** pdffonts' rows: font name, whether embedded. */
export function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await promisify(execFile)("pdffonts", [file]);
    return stdout
      .split("\n")
      .slice(2)
      .filter(Boolean)
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
      });
  });
}

/** The structure tree with its text (pdfinfo -struct-text), one element per line, indented by depth. */
export function pdfStructure(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await promisify(execFile)("pdfinfo", ["-struct-text", file], { maxBuffer: 20_000_000 })).stdout);
}

/** The text of one page (1-based), read by pdftotext on its own (-f/-l), not split out of the whole. */
export function pdfPageText(pdf: Buffer, page: number): Promise<string> {
  return withFile(
    pdf,
    async (file) => (await promisify(execFile)("pdftotext", ["-layout", "-enc", "UTF-8", "-f", String(page), "-l", String(page), file, "-"])).stdout,
  );
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'" };

/** The document outline (bookmarks) with each item's page, as pdftohtml -xml reads it. */
export function pdfOutline(pdf: Buffer): Promise<OutlineItem[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await promisify(execFile)("pdftohtml", ["-xml", "-i", "-q", "-stdout", file], { maxBuffer: 50_000_000 });
    const start = stdout.indexOf("<outline>");
    if (start < 0) return [];
    const root: OutlineItem[] = [];
    const stack: OutlineItem[][] = [];
    let level = root;
    for (const m of stdout.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (m[0] === "<outline>") {
        stack.push(level);
        level = stack.length === 1 ? root : (level[level.length - 1]?.children ?? level);
      } else if (m[0] === "</outline>") {
        level = stack.pop()!;
        if (stack.length === 0) break;
      } else level.push({ title: m[2]!.replace(/&[a-z#0-9]+;/g, (e) => XML_ENTITIES[e] ?? e), page: Number(m[1]), children: [] });
    }
    return root;
  });
}

/** Named destinations and their pages (pdfinfo -dests). */
export function pdfDestinations(pdf: Buffer): Promise<Map<string, number>> {
  return withFile(pdf, async (file) => {
    const { stdout } = await promisify(execFile)("pdfinfo", ["-dests", file]);
    return new Map([...stdout.matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"$/gm)].map((m) => [m[2]!, Number(m[1])]));
  });
}

export interface TaggedTable {
  title: string | null;
  /** Header row first; each cell's text as tagged (its lines joined). */
  rows: string[][];
}

/** The tables of a structure tree (pdfStructure's text): each TR's TH/TD texts, in order. */
export function taggedTables(tree: string): TaggedTable[] {
  const tables: TaggedTable[] = [];
  let table: { depth: number; value: TaggedTable } | null = null;
  for (const line of tree.split("\n")) {
    const depth = line.length - line.trimStart().length;
    const text = line.trim();
    if (table && depth <= table.depth && text) table = null;
    const start = /^Table(?: "(.*)")?/.exec(text);
    if (start) {
      table = { depth, value: { title: start[1] ?? null, rows: [] } };
      tables.push(table.value);
    } else if (table && /^TR\b/.test(text)) table.value.rows.push([]);
    else if (table && /^T[HD]\b/.test(text)) table.value.rows[table.value.rows.length - 1]!.push("");
    else if (table && text.startsWith('"') && text.endsWith('"')) {
      const row = table.value.rows[table.value.rows.length - 1]!;
      row[row.length - 1] = `${row[row.length - 1]}${row[row.length - 1] ? " " : ""}${text.slice(1, -1)}`.replace(/\s+/g, " ").trim();
    }
  }
  return tables;
}
