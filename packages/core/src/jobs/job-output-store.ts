// Where job output files live, so that any API instance can serve them: in the database as pieces of
// at most OUTPUT_CHUNK_BYTES (JobOutputChunk, the default), or — when CANON_JOB_OUTPUT_DIR names a
// directory every instance shares — in a file under it. The JobOutput row keeps the name (`storageKey`:
// `chunks:<attempt>` or the file's path), size and sha256. The pieces or the file are written before the
// outcome is recorded and removed again if the lease turned out to be lost, so a row never names missing
// bytes. (Rows of older versions hold the bytes themselves, in `bytes`; they are still served.)
//
// Why pieces: storing a report of several megabytes as one value holds the API's event loop for hundreds
// of milliseconds (the driver converts and copies it synchronously); a piece takes a few, and the loop
// serves requests between pieces. Hashing yields between pieces too.
import { config } from "@canon/config";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { withinOrganization } from "../shared/tenancy";
import { sqlColumns, sqlId, T } from "../sql/names";
import { reader, writeTransaction } from "../shared/transaction";
import type { JobOutcome, JobOutputFile } from "./job-context";

export const OUTPUT_CHUNK_BYTES = 256 * 1024;
const CHUNKS = "chunks:";
const C = T.JobOutputChunk;

export interface OutputRow {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer> | null;
  storageKey: string | null;
}

/** A worker thread's outcome: its output already stored, named by the row to record. */
export interface StoredOutcome {
  result?: JobOutcome["result"];
  stored?: OutputRow;
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

function* pieces(bytes: Uint8Array): Generator<Uint8Array<ArrayBuffer>> {
  for (let at = 0; at < bytes.byteLength; at += OUTPUT_CHUNK_BYTES) yield new Uint8Array(bytes.subarray(at, at + OUTPUT_CHUNK_BYTES));
}

async function sha256Of(bytes: Uint8Array): Promise<string> {
  const hash = createHash("sha256");
  for (let at = 0; at < bytes.byteLength; at += OUTPUT_CHUNK_BYTES) {
    hash.update(bytes.subarray(at, at + OUTPUT_CHUNK_BYTES));
    await nextTurn();
  }
  return hash.digest("hex");
}

type JobRef = { id: string; organizationId: string };

/**
 * Stores the output of one attempt (in pieces or a file) before its outcome is recorded, and returns the
 * row to record, which names it. A worker-thread job stores its output itself, on its own connection.
 */
export async function storeOutput(job: JobRef, attempt: number, file: JobOutputFile): Promise<OutputRow> {
  const jobId = job.id;
  const bytes = file.bytes;
  const sha256 = await sha256Of(bytes);
  const meta = { fileName: safeFileName(file.fileName), contentType: safeContentType(file.contentType), byteSize: bytes.byteLength, sha256 };
  const dir = directory();
  if (!dir) {
    const row: OutputRow = { ...meta, bytes: null, storageKey: `${CHUNKS}${attempt}` };
    try {
      await discardOutput(job, attempt, row); // pieces of an earlier try of the same attempt that was cut short
      let index = 0;
      for (const piece of pieces(bytes)) {
        const at = index++;
        // Raw SQL: a model query would hand the piece to Prisma's query compiler inside the query text.
        await withinOrganization(job.organizationId, () =>
          writeTransaction((tx) => tx.$executeRaw`INSERT INTO ${sqlId(C.name)} (${sqlColumns(C.columns)}) VALUES (${jobId}, ${attempt}, ${at}, ${piece})`),
        );
        await nextTurn();
      }
    } catch (error) {
      await discardOutput(job, attempt, row).catch(() => undefined);
      throw error;
    }
    return row;
  }
  const storageKey = `${jobId}/${attempt}-${sha256.slice(0, 16)}`;
  const target = path.join(dir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return { ...meta, bytes: null, storageKey };
}

/** Removes what storeOutput wrote for an outcome that was not recorded. */
export async function discardOutput(job: JobRef, attempt: number, row: Pick<OutputRow, "storageKey">): Promise<void> {
  if (row.storageKey?.startsWith(CHUNKS)) {
    await withinOrganization(job.organizationId, () => writeTransaction((tx) => tx.jobOutputChunk.deleteMany({ where: { jobId: job.id, attempt } })));
    return;
  }
  const dir = directory();
  if (row.storageKey && dir) await rm(path.join(dir, row.storageKey), { force: true });
}

/** storeOutput, with the way back if the outcome is not recorded. */
export async function prepareOutput(job: JobRef, attempt: number, file: JobOutputFile): Promise<PreparedOutput> {
  const row = await storeOutput(job, attempt, file);
  return { row, discard: () => discardOutput(job, attempt, row) };
}

/** The pieces of an attempt's output in order, read one at a time in the job's organisation. */
async function* storedPieces(job: { id: string; organizationId: string }, attempt: number): AsyncGenerator<Buffer> {
  for (let index = 0; ; index++) {
    const piece = await withinOrganization(job.organizationId, () =>
      reader().jobOutputChunk.findUnique({ where: { jobId_attempt_index: { jobId: job.id, attempt, index } }, select: { bytes: true } }),
    );
    if (!piece) return;
    yield Buffer.from(piece.bytes);
  }
}

/** The output's bytes as a stream (from its pieces, the row, or the shared directory). */
export function openOutput(job: { id: string; organizationId: string }, row: Pick<OutputRow, "bytes" | "storageKey">): Readable {
  if (row.bytes) return Readable.from([Buffer.from(row.bytes)]);
  if (row.storageKey?.startsWith(CHUNKS)) return Readable.from(storedPieces(job, Number(row.storageKey.slice(CHUNKS.length))));
  const dir = directory();
  if (!row.storageKey || !dir) throw new Error("job output is stored in a shared directory, but CANON_JOB_OUTPUT_DIR is not set on this instance");
  const file = path.resolve(dir, row.storageKey);
  if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error("job output storage key leaves the output directory");
  return createReadStream(file);
}

export async function readOutputBytes(job: { id: string; organizationId: string }, row: Pick<OutputRow, "bytes" | "storageKey">): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openOutput(job, row)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
