// sha256 and size of member data: of bytes at once, or of a file read as a stream; and a pass-through
// that checks a stream against the digest it had when it was first read (a file changed between the
// manifest and the ZIP would otherwise make a pack that fails its own verification).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform, type TransformCallback } from "node:stream";

export interface Digest {
  sha256: string;
  bytes: number;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export const digestOfBytes = (bytes: Uint8Array): Digest => ({ sha256: sha256Hex(bytes), bytes: bytes.byteLength });

export async function digestOfFile(path: string): Promise<Digest> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** Passes data through; fails at the end when it is not what `expected` describes. */
export class DigestCheck extends Transform {
  #hash = createHash("sha256");
  #bytes = 0;

  constructor(
    private readonly expected: Digest,
    private readonly what: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.#hash.update(chunk);
    this.#bytes += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback) {
    const sha256 = this.#hash.digest("hex");
    if (sha256 !== this.expected.sha256 || this.#bytes !== this.expected.bytes)
      callback(new Error(`evidence pack: ${this.what} changed while it was being packed`));
    else callback();
  }
}
