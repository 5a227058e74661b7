import { z } from "zod";
import { Permission } from "../shared/permissions";
import { useCase } from "../shared/use-case";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./event-types";

/** The event types a webhook can subscribe to (for whoever manages webhooks). */
export const listWebhookEventTypes = useCase({
  permission: Permission.ADMIN,
  // No arguments besides the actor (z.object({}) types its input as Record<string, never>, which refuses the actor).
  input: z.looseObject({}),
  async run(): Promise<WebhookEventType[]> {
    return [...WEBHOOK_EVENT_TYPES];
  },
});
