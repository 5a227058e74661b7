// Moves a pdfkit document's bytes to the destination as the document is drawn, so a long report never
// sits in memory whole. pdfkit pushes into its readable side however fast it draws, and drawing is
// synchronous: left alone, every byte would wait in pdfkit's buffer until the last page. So the layout
// calls `flush()` at safe points (after each table row, each block); it hands over what has piled up and,
// when the destination says it is full, waits for it to drain.
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";

/** Bytes allowed to pile up in pdfkit before flush() hands them over. */
const FLUSH_THRESHOLD = 256 * 1024;

export interface Pump {
  /** Hands over what has piled up (when it is worth it), waiting while the destination is full. */
  flush(): Promise<void>;
  /** After the document has ended: hands over the rest, ends the destination and waits until it has finished. */
  finish(): Promise<void>;
  /** Gives up: the destination is destroyed with the error (when it can be). */
  abort(error: unknown): void;
}

type Destination = NodeJS.WritableStream & { destroy?(error?: Error): void };

export function pump(source: Readable, destination: Destination): Pump {
  let failure: unknown = null;
  destination.on("error", (error: unknown) => (failure ??= error));

  const drained = () =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        destination.off("drain", done);
        destination.off("error", fail);
        resolve();
      };
      const fail = (error: unknown) => {
        destination.off("drain", done);
        destination.off("error", fail);
        reject(error);
      };
      destination.on("drain", done);
      destination.on("error", fail);
    });

  const handOver = async () => {
    for (let chunk: Buffer | null = source.read(); chunk !== null; chunk = source.read()) {
      if (failure) throw failure;
      if (!destination.write(chunk)) await drained();
    }
    if (failure) throw failure;
  };

  return {
    async flush() {
      if (source.readableLength >= FLUSH_THRESHOLD || failure) await handOver();
    },
    async finish() {
      await handOver();
      destination.end();
      await finished(destination);
    },
    abort(error) {
      destination.destroy?.(error instanceof Error ? error : new Error(String(error)));
    },
  };
}
