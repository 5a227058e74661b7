// The input of webhook management as zod schemas, all checked before any transaction opens.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { httpUrl, optionalText } from "../shared/input";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

export const MIN_SECRET_LENGTH = 32;
const MAX_SECRET_LENGTH = 256;

/** An http(s) endpoint without credentials in it (receivers authenticate deliveries by their signature). */
export const webhookUrl = httpUrl
  .superRefine((url, ctx) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return ctx.addIssue({ code: "custom", message: "is not a valid URL" });
    }
    if (parsed.username || parsed.password) ctx.addIssue({ code: "custom", message: "must not contain credentials; authenticate with the signature" });
  })
  .transform((url) => new URL(url).toString());

/** Event types to receive: trimmed, unique, at least one, each a subscribable type. */
export const webhookEvents = z
  .array(z.string())
  .transform((values) => [...new Set(values.map((v) => v.trim()).filter(Boolean))])
  .superRefine((list, ctx) => {
    if (list.length === 0) return ctx.addIssue({ code: "custom", message: `at least one event type is required (${WEBHOOK_EVENT_TYPES.join(", ")})` });
    const unknown = list.find((v) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(v));
    if (unknown !== undefined)
      ctx.addIssue({ code: "custom", message: `"${unknown.slice(0, 80)}" is not a webhook event type (one of ${WEBHOOK_EVENT_TYPES.join(", ")})` });
  })
  .transform((list) => list as WebhookEventType[]);

/** A caller-chosen signing secret: at least 32 characters, no whitespace. */
export const webhookSecretInput = z.string().superRefine((value, ctx) => {
  if (/\s/.test(value)) ctx.addIssue({ code: "custom", message: "must not contain whitespace" });
  else if (value.length < MIN_SECRET_LENGTH) ctx.addIssue({ code: "custom", message: `must be at least ${MIN_SECRET_LENGTH} characters` });
  else if (value.length > MAX_SECRET_LENGTH) ctx.addIssue({ code: "custom", message: `must be at most ${MAX_SECRET_LENGTH} characters` });
});

/** The secret given, or a new random one. */
export function webhookSecret(given: string | null | undefined): string {
  return given ?? `whsec_${randomBytes(32).toString("base64url")}`;
}

const description = optionalText(2_000);

/** A new webhook: URL and events required; the secret generated when omitted. */
export const createWebhookInput = z.object({
  url: webhookUrl,
  description,
  events: webhookEvents,
  /** At least 32 characters; generated when omitted. */
  secret: webhookSecretInput.nullish(),
});
export type CreateWebhookInput = z.input<typeof createWebhookInput>;

/** A change: undefined (or null, for events and active) = leave unchanged; the URL cannot be cleared. */
export const webhookFieldsInput = z.object({
  url: webhookUrl.optional(),
  description,
  events: webhookEvents.nullish(),
  active: z.boolean().nullish(),
});
export type WebhookFieldsInput = z.input<typeof webhookFieldsInput>;

/** What may be shown of a webhook after creation: never the secret. */
export function publicWebhook<T extends { secret?: string; events?: unknown }>(row: T) {
  const { secret: _hidden, ...rest } = row;
  return { ...rest, events: Array.isArray(row.events) ? (row.events as string[]) : [] };
}
