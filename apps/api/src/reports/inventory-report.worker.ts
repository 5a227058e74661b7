// Runs in a worker thread: gathers the AI inventory as of the requested instant (core, from the audit
// trail's as-of readers) and renders it (reports). Progress: gathering, rendering; the runner stores the
// file it returns.
import { gatherInventory, listMembers, systemActor, type JobContext, type JobOutcome } from "@canon/core";
import { renderInventoryPdf, renderInventoryXlsx } from "@canon/reports";

interface Input {
  format: "PDF" | "XLSX";
  asOf?: string;
}

/** The requester as the report prints it: "Name <email>", or their id if they are no longer a member. */
async function requesterLabel(organizationId: string, personId: string | null): Promise<string> {
  if (!personId) return "Canon";
  const actor = systemActor(organizationId, "report");
  for (let after: string | null = null; ; ) {
    const page: Awaited<ReturnType<typeof listMembers>> = await listMembers({ actor, page: { first: 100, after } });
    const member = page.nodes.find((m) => m.userId === personId);
    if (member) return `${member.user.name} <${member.user.email}>`;
    if (!page.hasNextPage) return personId;
    after = page.endCursor;
  }
}

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const generatedAt = new Date();
  const asOf = ctx.input.asOf ? new Date(ctx.input.asOf) : generatedAt;
  await ctx.progress(5, "gathering the inventory");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const model = await gatherInventory({ organizationId: ctx.organizationId, asOf, generatedAt, generatedBy });
  await ctx.progress(50, "rendering");
  const stamp = asOf.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const output =
    ctx.input.format === "PDF"
      ? { fileName: `ai-inventory-${stamp}.pdf`, contentType: "application/pdf", bytes: await renderInventoryPdf(model) }
      : { fileName: `ai-inventory-${stamp}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: await renderInventoryXlsx(model) };
  await ctx.progress(95, "storing");
  return { result: { systems: model.systems.length, asOf: asOf.toISOString() }, output };
}
