import { DeliveryStatus } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSON } from "../graphql/scalars";

@ObjectType({ description: "An endpoint that receives signed event deliveries. The secret is shown only when created or rotated" })
export class Webhook {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String], { description: "Subscribed event types (see webhookEventTypes)" }) events!: string[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

@ObjectType({ description: "A webhook with its signing secret: returned only by createWebhook and rotateWebhookSecret" })
export class WebhookWithSecret {
  @Field(() => String, { description: "HMAC-SHA256 signing secret: shown only in this response" }) secret!: string;
  @Field(() => Webhook) webhook!: Webhook;
}

@ObjectType({ description: "One event sent (or to be sent) to a webhook, with its retry state" })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) webhookId!: string;
  @Field(() => String) eventType!: string;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int, { description: "HTTP attempts made so far" }) attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true, description: "Error of the most recent failed attempt (kept after a later success)" }) lastError!: string | null;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => DateTime, { description: "When the next attempt is due (while PENDING)" }) nextAttemptAt!: Date;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => JSON, { description: "The JSON body sent to the receiver" }) payload!: unknown;
}

export const WebhookConnection = Connection("Webhook", Webhook);
export const WebhookDeliveryConnection = Connection("WebhookDelivery", WebhookDelivery);
