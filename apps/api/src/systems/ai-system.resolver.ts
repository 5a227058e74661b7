import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { AISystemFieldsInput, AISystemFilter, AISystemOrder, AISystemSortField, ClassifyAISystemInput, CreateAISystemInput } from "./ai-system.input";
import { AISystem, AISystemConnection } from "./ai-system.type";

registerEnumType(AISystemSortField, { name: "AISystemSortField" });

@Resolver(() => AISystem)
export class AISystemResolver {
  @Allow(Permission.READ)
  @Query(() => AISystem, { description: "One AI system of the caller's organisation" })
  aiSystem(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getAISystem({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => AISystemConnection)
  async aiSystems(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => AISystemFilter, { nullable: true }) filter?: AISystemFilter,
    @Arg("orderBy", () => AISystemOrder, { nullable: true }) orderBy?: AISystemOrder,
  ) {
    return toConnection(await core.listAISystems({ actor: ctx.actor!, filter, orderBy, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => AISystem)
  createAISystem(@Ctx() ctx: Context, @Arg("input", () => CreateAISystemInput) input: CreateAISystemInput) {
    return core.createAISystem({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => AISystem)
  updateAISystem(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => AISystemFieldsInput) input: AISystemFieldsInput) {
    return core.updateAISystem({ actor: ctx.actor!, id, input });
  }

  @Allow(Permission.CLASSIFY)
  @Mutation(() => AISystem, { description: "Set the EU AI Act classification (governance officers)" })
  classifyAISystem(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ClassifyAISystemInput) input: ClassifyAISystemInput) {
    return core.classifyAISystem({ actor: ctx.actor!, id, input });
  }
}
