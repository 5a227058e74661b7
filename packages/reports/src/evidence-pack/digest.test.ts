import assert from "node:assert/strict";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { test } from "node:test";
import { DigestCheck, digestOfBytes } from "./digest";

const drain = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });

test("a stream that is not what was first read fails its digest check", async () => {
  const data = Buffer.from("report bytes");
  await pipeline(Readable.from([data]), new DigestCheck(digestOfBytes(data), "a.pdf"), drain());
  const changed = Buffer.from("report bytez");
  await assert.rejects(pipeline(Readable.from([changed]), new DigestCheck(digestOfBytes(data), "a.pdf"), drain()), /a\.pdf changed while it was being packed/);
  await assert.rejects(pipeline(Readable.from([data, data]), new DigestCheck(digestOfBytes(data), "a.pdf"), drain()), /changed/);
});
