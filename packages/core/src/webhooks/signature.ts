// Webhook signatures. Every delivery carries
//   Canon-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
// Receivers recompute the HMAC over the exact bytes they received, compare in constant time, and reject
// timestamps outside a tolerance window (replay protection). `verifyWebhookSignature` does all three.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Canon-Signature";
export const EVENT_HEADER = "Canon-Event";
export const DELIVERY_HEADER = "Canon-Delivery";
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, timestamp: number, rawBody: string | Uint8Array): string {
  const mac = createHmac("sha256", secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return mac.digest("hex");
}

/** The Canon-Signature header value for a body sent at `timestamp` (unix seconds). */
export function signWebhookBody(secret: string, rawBody: string | Uint8Array, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

/**
 * True when `header` (a Canon-Signature value) holds a v1 signature of `rawBody` made with `secret`
 * and its timestamp is within `toleranceSeconds` of now. Pass the body exactly as received (not
 * re-serialised JSON). Several v1 entries are accepted (any one matching is enough).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string | Uint8Array,
  toleranceSeconds: number = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  nowSeconds: number = Date.now() / 1000,
): boolean {
  if (!secret || !header) return false;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t" && /^\d{1,15}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined || signatures.length === 0) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), "hex");
  return signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected));
}
