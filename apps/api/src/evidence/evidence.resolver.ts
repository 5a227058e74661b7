import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { CreateEvidenceInput, EvidenceFieldsInput, EvidenceFilter } from "./evidence.input";
import { Evidence, EvidenceConnection, toEvidence } from "./evidence.type";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Allow(Permission.READ)
  @Query(() => EvidenceConnection, { description: "Evidence, newest first" })
  async evidence(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => EvidenceFilter, { nullable: true }) filter?: EvidenceFilter) {
    return toConnection(await core.listEvidence({ actor: ctx.actor!, filter, page }), toEvidence);
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Evidence, { description: "Record evidence: a document with its sha256, or a registry record of this organisation" })
  async createEvidence(@Ctx() ctx: Context, @Arg("input", () => CreateEvidenceInput) input: CreateEvidenceInput) {
    const created = await core.createEvidence({ actor: ctx.actor!, input });
    return toEvidence({ ...created, links: [] }); // new: it backs no assessment yet
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Evidence)
  async updateEvidence(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => EvidenceFieldsInput) input: EvidenceFieldsInput) {
    return toEvidence(await core.updateEvidence({ actor: ctx.actor!, id, input }));
  }
}
