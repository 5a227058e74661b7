// Where job output files live, so that any API instance can serve them: in the JobOutput row (the
// default), or — when CANON_JOB_OUTPUT_DIR names a directory every instance shares — in a file under it,
// the row keeping its name (`storageKey`), size and sha256. A file is written before the outcome is
// recorded and removed again if the lease turned out to be lost, so a row never names a missing file.
import { config } from "@canon/config";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { JobOutputFile } from "./job-context";

export interface OutputRow {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer> | null;
  storageKey: string | null;
}

export interface PreparedOutput {
  row: OutputRow;
  /** Removes a file written for an outcome that was not recorded. */
  discard(): Promise<void>;
}

// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** A file name safe for a Content-Disposition header and any file system. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE_NAME, "_").replace(/^\.+/, "").trim().slice(0, 200);
  return cleaned || "output";
}

function safeContentType(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=[\w.+-]+)*$/.test(type) ? type : "application/octet-stream";
}

function directory(): string | null {
  return config().jobs.outputDir;
}

export async function prepareOutput(jobId: string, attempt: number, file: JobOutputFile): Promise<PreparedOutput> {
  const bytes = new Uint8Array(file.bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const meta = { fileName: safeFileName(file.fileName), contentType: safeContentType(file.contentType), byteSize: bytes.byteLength, sha256 };
  const dir = directory();
  if (!dir) return { row: { ...meta, bytes, storageKey: null }, discard: async () => undefined };
  const storageKey = `${jobId}/${attempt}-${sha256.slice(0, 16)}`;
  const target = path.join(dir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return { row: { ...meta, bytes: null, storageKey }, discard: () => rm(target, { force: true }) };
}

/** The output's bytes as a stream (from the row, or from the shared directory). */
export function openOutput(row: Pick<OutputRow, "bytes" | "storageKey">): Readable {
  if (row.bytes) return Readable.from([Buffer.from(row.bytes)]);
  const dir = directory();
  if (!row.storageKey || !dir) throw new Error("job output is stored in a shared directory, but CANON_JOB_OUTPUT_DIR is not set on this instance");
  const file = path.resolve(dir, row.storageKey);
  if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error("job output storage key leaves the output directory");
  return createReadStream(file);
}

export async function readOutputBytes(row: Pick<OutputRow, "bytes" | "storageKey">): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openOutput(row)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
