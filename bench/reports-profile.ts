// Reads a V8 CPU profile (node --cpu-prof) and lists where the time went: the functions with the most
// self time, and the project's own functions (and a few libraries) by inclusive time, so a missed
// target points at a line of code. Used by bench/reports.ts --profile.

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(frame: CallFrame, root: string): string {
  const url = frame.url.replace(/^file:\/\//, "");
  const where = url.includes("/node_modules/") ? url.slice(url.lastIndexOf("/node_modules/") + 14) : url.startsWith(root) ? url.slice(root.length + 1) : url;
  // Files compiled by tsx report no useful line; library files do.
  return `${frame.functionName || "(anonymous)"} ${where}${where && frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ""}`;
}

/** What a library or folder counts as in the inclusive list. */
const OWN = /^(packages|apps|bench|prisma)\//;
const LIBRARIES = /^(exceljs|pdfkit|fontkit|@prisma|archiver|jszip|zod)\//;

function tree(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Adds `us` to every project or report-library function on the stack of `id`, once each. */
function addInclusive(inclusive: Map<string, number>, t: ReturnType<typeof tree>, id: number, us: number, root: string) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = t.parent.get(at)) {
    const k = label(t.byId.get(at)!.callFrame, root);
    const where = k.split(" ")[1] ?? "";
    if (seen.has(k) || !(OWN.test(where) || LIBRARIES.test(where))) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  }
}

/**
 * The thread's long tasks: stretches of consecutive non-idle samples of at least `minMs` (what keeps an
 * event loop from answering), each with the project and library functions that took most of it.
 */
export function longTasks(profile: CpuProfile, root: string, minMs: number, top = 12): string {
  const t = tree(profile);
  const idle = (id: number) => t.byId.get(id)!.callFrame.functionName === "(idle)";
  const tasks: { start: number; us: number; inclusive: Map<string, number> }[] = [];
  let current: (typeof tasks)[number] | null = null;
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    clock += us;
    if (idle(id)) {
      if (current && current.us >= minMs * 1000) tasks.push(current);
      current = null;
      return;
    }
    current ??= { start: clock, us: 0, inclusive: new Map() };
    current.us += us;
    addInclusive(current.inclusive, t, id, us, root);
  });
  const longest = tasks.sort((a, b) => b.us - a.us).slice(0, top);
  const total = tasks.reduce((n, x) => n + x.us, 0);
  const lines = [`  ${tasks.length} task(s) of ${minMs} ms or more on this thread, ${(total / 1000).toFixed(0)} ms in all; the longest:`];
  for (const task of longest) {
    const what = [...task.inclusive]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, us]) => `${k} ${(us / 1000).toFixed(0)} ms`);
    lines.push(
      `  ${(task.us / 1000).toFixed(0).padStart(6)} ms at +${((task.start - profile.startTime) / 1e6).toFixed(1)} s: ${what.join(" · ") || "(runtime only)"}`,
    );
  }
  return lines.join("\n");
}

export function hottest(profile: CpuProfile, root: string, top = 15): string {
  const t = tree(profile);
  const byId = t.byId;
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const key = label(node.callFrame, root);
    self.set(key, (self.get(key) ?? 0) + us);
    addInclusive(inclusive, t, id, us, root);
  }
  const line = ([k, us]: [string, number]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `  self time (of ${(total / 1000).toFixed(0)} ms sampled):`,
    ...sorted(self).map(line),
    "  inclusive, project code and report libraries:",
    ...sorted(inclusive).map(line),
  ].join("\n");
}
