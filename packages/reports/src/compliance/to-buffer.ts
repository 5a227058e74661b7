// Collects what a streaming renderer writes into one Buffer: for tests and small reports. The job
// worker passes a file stream instead, so a large report never sits in memory whole.
import { Writable } from "node:stream";

export async function toBuffer(render: (destination: NodeJS.WritableStream) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await render(sink);
  return Buffer.concat(chunks);
}
