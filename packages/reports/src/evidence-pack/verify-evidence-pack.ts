// Verifies an evidence pack (a path or the ZIP's bytes): the manifest is there and well-formed, every
// file it lists is in the ZIP once with that sha256 and size, and the ZIP holds nothing it does not
// list. Every problem is reported (intact is false), never thrown; the sha256 of the whole ZIP is
// returned to compare with the one recorded when it was written (or checked here when given).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { EvidencePackVerification } from "../model/evidence-pack";
import { readManifest } from "./pack-manifest";
import { MANIFEST_PATH } from "./pack-paths";
import { readPackMembers } from "./read-pack-members";

export interface VerifyEvidencePackOptions {
  /** The sha256 the whole ZIP had when written; a difference is a problem. */
  expectedSha256?: string;
}

export async function verifyEvidencePack(pack: string | Uint8Array, options: VerifyEvidencePackOptions = {}): Promise<EvidencePackVerification> {
  const problems: string[] = [];
  const problem = (text: string) => problems.push(text);
  const packSha256 = await wholePackSha256(pack, problem);
  if (options.expectedSha256 !== undefined && packSha256 !== options.expectedSha256)
    problem(`the pack's sha256 ${packSha256} is not the expected ${options.expectedSha256}`);

  const members = await readPackMembers(pack, (path) => path === MANIFEST_PATH, problem);
  const byPath = new Map<string, (typeof members)[number]>();
  for (const member of members) {
    if (byPath.has(member.path)) problem(`${member.path} is in the ZIP more than once`);
    byPath.set(member.path, member);
  }

  const manifestMember = byPath.get(MANIFEST_PATH);
  let manifest = null;
  if (!manifestMember) problem("manifest.json is missing");
  else if (manifestMember.bytes) manifest = readManifest(manifestMember.bytes, problem);
  else if (manifestMember.digest) problem("manifest.json is too large to be a manifest");

  if (manifest) {
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const file of manifest.files) {
      const member = byPath.get(file.path);
      if (!member) problem(`${file.path} is listed but missing`);
      else if (member.digest && member.digest.sha256 !== file.sha256) problem(`${file.path}: sha256 ${member.digest.sha256} is not the listed ${file.sha256}`);
      else if (member.digest && member.digest.bytes !== file.bytes) problem(`${file.path}: ${member.digest.bytes} bytes, ${file.bytes} listed`);
    }
    for (const path of byPath.keys()) if (path !== MANIFEST_PATH && !listed.has(path)) problem(`${path} is in the ZIP but not in the manifest`);
  }
  return { intact: problems.length === 0, problems, manifest, packSha256 };
}

async function wholePackSha256(pack: string | Uint8Array, problem: (text: string) => void): Promise<string> {
  const hash = createHash("sha256");
  if (typeof pack !== "string") return hash.update(pack).digest("hex");
  try {
    for await (const chunk of createReadStream(pack)) hash.update(chunk as Buffer);
  } catch (error) {
    problem(`the pack cannot be read: ${(error as Error).message}`);
  }
  return hash.digest("hex");
}
