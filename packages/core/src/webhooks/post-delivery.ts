// One HTTP attempt of one delivery: POST the payload as JSON, signed, with a timeout. Redirects are
// not followed (a 3xx counts as a failure). Only the first bytes of an error response are kept.
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhookBody } from "./signature";

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The attempt was abandoned because the dispatcher is stopping (not the receiver's fault). */
  interrupted?: boolean;
}

const SNIPPET_BYTES = 300;

async function snippet(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString("utf8").replace(/\s+/g, " ").trim();
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError") return `timeout: no response within ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `network error: ${cause ?? e?.message ?? String(error)}`.slice(0, 500);
}

export async function postDelivery(
  target: { url: string; secret: string },
  delivery: { id: string; eventType: string; payload: unknown },
  timeoutMs: number,
  stopSignal?: AbortSignal,
): Promise<AttemptOutcome> {
  const body = JSON.stringify(delivery.payload);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = stopSignal ? AbortSignal.any([timeout, stopSignal]) : timeout;
  try {
    const res = await fetch(target.url, {
      method: "POST",
      body,
      redirect: "manual",
      signal,
      headers: {
        "content-type": "application/json",
        "user-agent": "Canon-Webhooks/1",
        [SIGNATURE_HEADER]: signWebhookBody(target.secret, body),
        [EVENT_HEADER]: delivery.eventType,
        [DELIVERY_HEADER]: delivery.id,
      },
    });
    if (res.status >= 200 && res.status < 300) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: true, statusCode: res.status, error: null };
    }
    const text = await snippet(res).catch(() => "");
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}${text ? `: ${text}` : ""}` };
  } catch (error) {
    if (stopSignal?.aborted) return { ok: false, statusCode: null, error: "interrupted by shutdown", interrupted: true };
    return { ok: false, statusCode: null, error: describe(error, timeoutMs) };
  }
}
