// Paces a streaming workbook: committing rows is synchronous, so without a pause every row would wait in
// exceljs's and the zip's buffers until the last one. Every `every` rows this lets the event loop run
// (the zip compresses and hands bytes on) and, while the destination says it is full, waits for it.
import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";

export type Pacer = () => Promise<void>;

type Destination = NodeJS.WritableStream & { writableNeedDrain?: boolean };

export function pacer(destination: Destination, every = 500): Pacer {
  let rows = 0;
  return async () => {
    rows += 1;
    if (rows % every !== 0) return;
    await nextTurn();
    while (destination.writableNeedDrain) await once(destination, "drain");
  };
}
