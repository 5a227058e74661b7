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
    return Object.fromEntries(stdout.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
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
    return stdout.split("\n").slice(2).filter(Boolean).map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
    });
  });
}

/** The structure tree with its text (pdfinfo -struct-text), one element per line, indented by depth. */
export function pdfStructure(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await promisify(execFile)("pdfinfo", ["-struct-text", file], { maxBuffer: 20_000_000 })).stdout);
}
