import * as core from "@canon/core";
import { DeliveryStatus, Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { CreateWebhookInput, UpdateWebhookInput } from "./webhook.input";
import { Webhook, WebhookConnection, WebhookDelivery, WebhookDeliveryConnection, WebhookWithSecret } from "./webhook.type";

@Resolver(() => Webhook)
export class WebhookResolver {
  @Allow(Permission.ADMIN)
  @Query(() => [String], { description: "Event types a webhook can subscribe to" })
  webhookEventTypes(@Ctx() ctx: Context) {
    return core.listWebhookEventTypes({ actor: ctx.actor! });
  }

  @Allow(Permission.ADMIN)
  @Query(() => WebhookConnection)
  async webhooks(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("active", () => Boolean, { nullable: true }) active?: boolean | null) {
    return toConnection(await core.listWebhooks({ actor: ctx.actor!, active, page }));
  }

  @Allow(Permission.ADMIN)
  @Query(() => Webhook)
  webhook(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getWebhook({ actor: ctx.actor!, id });
  }

  @Allow(Permission.ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: "A webhook's delivery log, newest first" })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg("webhookId", () => ID) webhookId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => DeliveryStatus, { nullable: true }) status?: DeliveryStatus | null,
  ) {
    return toConnection(await core.listWebhookDeliveries({ actor: ctx.actor!, webhookId, status, page }));
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => WebhookWithSecret)
  createWebhook(@Ctx() ctx: Context, @Arg("input", () => CreateWebhookInput) input: CreateWebhookInput) {
    return core.createWebhook({ actor: ctx.actor!, input });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => Webhook)
  updateWebhook(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateWebhookInput) input: UpdateWebhookInput) {
    return core.updateWebhook({ actor: ctx.actor!, id, input });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => WebhookWithSecret, { description: "Replace the signing secret (returned once)" })
  rotateWebhookSecret(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("secret", () => String, { nullable: true }) secret?: string | null) {
    return core.rotateWebhookSecret({ actor: ctx.actor!, id, secret });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => WebhookDelivery, { description: 'Enqueue a "webhook.test" delivery to this webhook' })
  sendTestWebhook(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.sendTestWebhook({ actor: ctx.actor!, id });
  }
}
