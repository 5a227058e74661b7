// The AI inventory report as a job: requested through GraphQL, gathered and rendered in a worker thread
// (inventory-report.worker.ts) that opens its own database connection, stored as the job's output where
// any API instance can serve it (GET /jobs/:id/output). The template the compliance reports grow from.
import { defineJobKind, Permission } from "@canon/core";
import { z } from "zod";

export const INVENTORY_REPORT_FORMATS = ["PDF", "XLSX"] as const;

export const inventoryReportInput = z.object({
  format: z.enum(INVENTORY_REPORT_FORMATS),
  /** The instant the inventory describes (default: when the job runs). */
  asOf: z
    .union([z.date(), z.iso.datetime({ offset: true })])
    .optional()
    .transform((d) => (d === undefined ? undefined : new Date(d).toISOString())),
  /** Only these systems (default: the whole organisation). */
  systemIds: z.array(z.string().max(100)).max(10_000).nullish(),
});

export const inventoryReportJob = defineJobKind({
  kind: "report.inventory",
  permission: Permission.READ,
  input: inventoryReportInput,
  workerModule: new URL("./inventory-report.worker.ts", import.meta.url),
});
