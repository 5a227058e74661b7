// Writes an evidence pack: one ZIP with the report files, records.json and manifest.json, entries
// sorted by path with fixed times and modes (zip-entry-options.ts), so the same input gives the same
// bytes. Files given by path are read twice, streamed both times: once for the manifest's digests,
// once into the ZIP, checked against the first reading. Resolves with the sha256 of the whole ZIP (as
// written to the destination), of manifest.json, and the manifest; a partly written file is removed.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import type { EvidencePackInput, EvidencePackResult } from "../model/evidence-pack";
import { DigestCheck, digestOfBytes, digestOfFile, type Digest } from "./digest";
import { buildManifest, manifestBytes } from "./pack-manifest";
import { checkReportPaths, MANIFEST_PATH, RECORDS_PATH } from "./pack-paths";
import { recordsJson } from "./records-json";
import { zipEntryOptions } from "./zip-entry-options";

type Member = { path: string; digest: Digest } & ({ bytes: Buffer } | { file: string });

export async function writeEvidencePack(input: EvidencePackInput, destination: string | Writable): Promise<EvidencePackResult> {
  checkReportPaths(input.files.map((f) => f.path));
  const members: Member[] = [];
  for (const f of input.files) {
    if ("bytes" in f) {
      const bytes = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
      members.push({ path: f.path, digest: digestOfBytes(bytes), bytes });
    } else members.push({ path: f.path, digest: await digestOfFile(f.file), file: f.file });
  }
  const records = recordsJson(input.records);
  members.push({ path: RECORDS_PATH, digest: digestOfBytes(records), bytes: records });
  const manifest = buildManifest(
    input,
    members.map((m) => ({ path: m.path, ...m.digest })),
  );
  const manifestBuffer = manifestBytes(manifest);
  members.push({ path: MANIFEST_PATH, digest: digestOfBytes(manifestBuffer), bytes: manifestBuffer });
  members.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const packHash = createHash("sha256");
  const zip = zipOf(members);
  const sink = typeof destination === "string" ? createWriteStream(destination) : destination;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      packHash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(zip.outputStream, hashing, sink);
  } catch (error) {
    if (typeof destination === "string") await rm(destination, { force: true });
    throw error;
  }
  return { sha256: packHash.digest("hex"), manifestSha256: digestOfBytes(manifestBuffer).sha256, manifest };
}

/** The ZIP of the members, in their order; any error (the ZIP's, a file's) fails its output stream. */
function zipOf(members: Member[]): ZipFile {
  const zip = new ZipFile();
  const output = zip.outputStream as unknown as Writable;
  const fail = (error: Error) => output.destroy(error);
  zip.on("error", fail);
  for (const member of members) {
    const options = zipEntryOptions(member.path);
    if ("bytes" in member) zip.addBuffer(member.bytes, member.path, options);
    else {
      const { file, digest, path } = member;
      zip.addReadStreamLazy(path, { ...options, size: digest.bytes }, (callback) => {
        const check = new DigestCheck(digest, path).on("error", fail);
        callback(null, createReadStream(file).on("error", fail).pipe(check));
      });
    }
  }
  zip.end();
  return zip;
}
