// Writes text chunks from an async iterable to a destination stream with back-pressure (the source is
// read only as fast as the destination takes it), ending the destination when done and rejecting on an
// error of either side.
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

export function writeChunks(chunks: AsyncIterable<string>, destination: Writable | NodeJS.WritableStream): Promise<void> {
  return pipeline(Readable.from(chunks, { objectMode: false }), destination);
}
