// A writable stream that keeps what it is given, for tests: `text()` once the writer has finished.
// With `slow`, each write completes on a later turn and the buffer is tiny, so back-pressure bites.
import { Writable } from "node:stream";

export function collectText(options: { slow?: boolean; onWrite?: () => void } = {}) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: options.slow ? 64 : 16_384,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      options.onWrite?.();
      if (options.slow) setImmediate(callback);
      else callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8"), bytes: () => Buffer.concat(chunks) };
}
