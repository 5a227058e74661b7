// Runs in a worker thread: streams the organisation's audit events of [from, to] from one snapshot of
// the chain (core, page by page) into the CSV or JSON Lines renderer (reports), writing to a temporary
// file, so only a page of events is in memory at a time; the finished file becomes the job's output
// (the job output store takes the bytes). Finishes the ReportRun with the file's sha256, and the anchor
// and chain head the export was made against in the audited event's context.
import { withAuditExport, type JobContext, type JobOutcome } from "@canon/core";
import { writeAuditCsv, writeAuditJsonl, type AuditExportEvent, type AuditExportStream } from "@canon/reports";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { requesterLabel } from "./requester-label";
import { fileStamp, finishRunWithFile } from "./report-file";

interface Input {
  format: "CSV" | "JSONL";
  from: string;
  to: string;
  subjectType?: string | null;
  asOf: string;
}

const OUTPUT = {
  CSV: { extension: "csv", contentType: "text/csv; charset=utf-8", write: writeAuditCsv },
  JSONL: { extension: "jsonl", contentType: "application/x-ndjson", write: writeAuditJsonl },
} as const;

/** Progress every this many events (a progress report is a database write in the parent). */
const PROGRESS_EVERY = 2_000;

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const started = Date.now();
  const generatedAt = new Date();
  const from = new Date(ctx.input.from);
  const to = new Date(ctx.input.to);
  const output = OUTPUT[ctx.input.format];
  await ctx.progress(2, "reading the audit chain");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const dir = await mkdtemp(path.join(tmpdir(), "canon-audit-export-"));
  try {
    const file = path.join(dir, `export.${output.extension}`);
    const exported = await withAuditExport(
      { organizationId: ctx.organizationId, from, to, subjectType: ctx.input.subjectType, generatedAt, generatedBy },
      async (model, range) => {
        let events = 0;
        const span = Math.max(1, range.last - range.first + 1);
        async function* counted(source: AuditExportStream["events"]): AsyncGenerator<AuditExportEvent> {
          for await (const event of source) {
            events += 1;
            if (events % PROGRESS_EVERY === 0) await ctx.progress(5 + (85 * (event.seq - range.first + 1)) / span, "writing events");
            yield event;
          }
        }
        await output.write({ ...model, events: counted(model.events) }, createWriteStream(file));
        return { range, events };
      },
    );
    ctx.signal.throwIfAborted();
    await ctx.progress(95, "storing");
    const bytes = await readFile(file);
    const { range, events } = exported;
    const fileName = `audit-trail-${fileStamp(from)}-to-${fileStamp(to)}.${output.extension}`;
    const facts = {
      events,
      firstSeq: range.last >= range.first ? range.first : null,
      lastSeq: range.last >= range.first ? range.last : null,
      anchor: { ...range.anchor },
      chainHead: { ...range.chainHead },
    };
    const fileDigest = await finishRunWithFile(ctx, { fileName, bytes }, started, {
      ...facts,
      ...(ctx.input.subjectType ? { subjectType: ctx.input.subjectType } : {}),
    });
    return {
      result: {
        format: ctx.input.format,
        from: from.toISOString(),
        to: to.toISOString(),
        subjectType: ctx.input.subjectType ?? null,
        sha256: fileDigest,
        ...facts,
      },
      output: { fileName, contentType: output.contentType, bytes },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
