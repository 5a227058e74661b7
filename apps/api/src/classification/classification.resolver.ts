import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { ClassifyAISystemInput } from "../systems/ai-system.input";
import { AISystem } from "../systems/ai-system.type";
import { ClassificationAnswersInput } from "./classification-answers.input";
import { ClassificationChangePreview, ClassificationConfirmationResult, ClassificationSuggestion } from "./classification.type";

@Resolver()
export class ClassificationAssistantResolver {
  @Allow(Permission.READ)
  @Query(() => ClassificationSuggestion, {
    description:
      "The EU AI Act classification the questionnaire's answers lead to for a system, with reasons, the obligations that follow and what would change; nothing is written",
  })
  classificationSuggestion(
    @Ctx() ctx: Context,
    @Arg("systemId", () => ID) systemId: string,
    @Arg("answers", () => ClassificationAnswersInput) answers: ClassificationAnswersInput,
  ) {
    return core.suggestClassificationForSystem({ actor: ctx.actor!, systemId, answers });
  }

  @Allow(Permission.READ)
  @Query(() => ClassificationChangePreview, {
    description: "The obligations a proposed classification would add, remove or keep for a system; nothing is written",
  })
  classificationChangePreview(
    @Ctx() ctx: Context,
    @Arg("systemId", () => ID) systemId: string,
    @Arg("classification", () => ClassifyAISystemInput) classification: ClassifyAISystemInput,
  ) {
    return core.previewClassificationChange({ actor: ctx.actor!, systemId, classification });
  }

  @Allow(Permission.CLASSIFY)
  @Mutation(() => ClassificationConfirmationResult, {
    description: "Confirm a system's classification from the questionnaire (approvers): the suggestion, or another classification with a justification",
  })
  confirmClassification(
    @Ctx() ctx: Context,
    @Arg("systemId", () => ID) systemId: string,
    @Arg("answers", () => ClassificationAnswersInput) answers: ClassificationAnswersInput,
    @Arg("classification", () => ClassifyAISystemInput, { nullable: true, description: "Omitted: the suggestion is confirmed" })
    classification?: ClassifyAISystemInput | null,
    @Arg("justification", () => String, { nullable: true, description: "Required when the classification departs from the suggestion" })
    justification?: string | null,
  ) {
    return core.confirmClassification({ actor: ctx.actor!, systemId, answers, classification, justification });
  }
}

@Resolver(() => AISystem)
export class AISystemPublicAuthorityResolver {
  @FieldResolver(() => Boolean, {
    description: "The deployer is a public authority or acts on its behalf (Arts. 27, 49(3)); set by a confirmed classification",
  })
  publicAuthority(@Root() system: { publicAuthority?: boolean }) {
    return system.publicAuthority === true;
  }
}
