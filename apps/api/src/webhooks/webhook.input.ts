import { Field, InputType } from "type-graphql";

@InputType()
export class CreateWebhookInput {
  @Field(() => String, { description: "http(s) URL that receives POSTed JSON" }) url!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { description: "Event types to receive; at least one (see webhookEventTypes)" }) events!: string[];
  @Field(() => String, { nullable: true, description: "Signing secret, at least 32 characters; generated when omitted" }) secret?: string | null;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "false pauses the webhook and cancels its pending deliveries; the log is kept" }) active?:
    boolean | null;
}
