// Input checks for webhook management, all run before any transaction opens.
import { randomBytes } from "node:crypto";
import { invalid } from "../shared/errors";
import { httpUrl, optionalText } from "../shared/validate";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

export const MIN_SECRET_LENGTH = 32;
const MAX_SECRET_LENGTH = 256;

export interface WebhookFieldsInput {
  url?: string | null;
  description?: string | null;
  events?: string[] | null;
  active?: boolean | null;
}

export function webhookUrl(value: string | null | undefined): string {
  const url = httpUrl("url", value);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid("url", "is not a valid URL");
  }
  if (parsed.username || parsed.password) throw invalid("url", "must not contain credentials; authenticate with the signature");
  return parsed.toString();
}

export function webhookEvents(values: string[] | null | undefined): WebhookEventType[] {
  const list = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  if (list.length === 0) throw invalid("events", `at least one event type is required (${WEBHOOK_EVENT_TYPES.join(", ")})`);
  for (const v of list) {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(v)) {
      throw invalid("events", `"${v}" is not a webhook event type (one of ${WEBHOOK_EVENT_TYPES.join(", ")})`);
    }
  }
  return list as WebhookEventType[];
}

/** A caller-chosen secret (at least 32 characters, no surrounding spaces) or a new random one. */
export function webhookSecret(value: string | null | undefined, field = "secret"): string {
  if (value === undefined || value === null) return `whsec_${randomBytes(32).toString("base64url")}`;
  if (value !== value.trim() || /\s/.test(value)) throw invalid(field, "must not contain whitespace");
  if (value.length < MIN_SECRET_LENGTH) throw invalid(field, `must be at least ${MIN_SECRET_LENGTH} characters`);
  if (value.length > MAX_SECRET_LENGTH) throw invalid(field, `must be at most ${MAX_SECRET_LENGTH} characters`);
  return value;
}

/** The columns a create or update sets; undefined keys are left unchanged. */
export function webhookFields(input: WebhookFieldsInput, creating: boolean) {
  return {
    url: creating || input.url !== undefined ? webhookUrl(input.url) : undefined,
    description: optionalText("description", input.description, 2_000),
    events: creating || (input.events !== undefined && input.events !== null) ? webhookEvents(input.events) : undefined,
    active: input.active === null ? undefined : input.active,
  };
}

/** What may be shown of a webhook after creation: never the secret. */
export function publicWebhook<T extends { secret?: string; events?: unknown }>(row: T) {
  const { secret: _hidden, ...rest } = row;
  return { ...rest, events: Array.isArray(row.events) ? (row.events as string[]) : [] };
}
