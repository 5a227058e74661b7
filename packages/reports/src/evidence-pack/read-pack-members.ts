// Reads every member of a ZIP (yauzl), streaming: its digest, and its bytes when asked for (the
// manifest). A member that cannot be read (bad compressed data, wrong size) is reported, not thrown; a
// ZIP that cannot be read at all ends the listing with a problem.
import { createHash } from "node:crypto";
import { fromBufferPromise, openPromise, type ZipFile } from "yauzl";
import type { Digest } from "./digest";

export interface PackMember {
  path: string;
  /** null when the member could not be read. */
  digest: Digest | null;
  bytes: Buffer | null;
}

/** Bytes kept for a member whose content is wanted (the manifest): more than this is not a manifest. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

export async function readPackMembers(pack: string | Uint8Array, keep: (path: string) => boolean, problem: (text: string) => void): Promise<PackMember[]> {
  const members: PackMember[] = [];
  let zip: ZipFile;
  try {
    const options = { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true };
    zip =
      typeof pack === "string"
        ? await openPromise(pack, options)
        : await fromBufferPromise(Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength), options);
  } catch (error) {
    problem(`the pack is not a readable ZIP: ${(error as Error).message}`);
    return members;
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const path = entry.fileName;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        members.push({ path, ...(await digestStream(stream, keep(path))) });
      } catch (error) {
        problem(`${path} cannot be read: ${(error as Error).message}`);
        members.push({ path, digest: null, bytes: null });
      }
    }
  } catch (error) {
    problem(`the pack's ZIP structure is damaged: ${(error as Error).message}`);
    try {
      zip.close();
    } catch {} // already closed
  }
  return members;
}

async function digestStream(stream: AsyncIterable<Buffer>, keep: boolean): Promise<{ digest: Digest; bytes: Buffer | null }> {
  const hash = createHash("sha256");
  const kept: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.length;
    if (keep && bytes <= MAX_KEPT_BYTES) kept.push(chunk);
  }
  return { digest: { sha256: hash.digest("hex"), bytes }, bytes: keep && bytes <= MAX_KEPT_BYTES ? Buffer.concat(kept) : null };
}
