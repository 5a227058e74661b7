// The classification questionnaire as GraphQL input, mirroring core's classificationAnswersInput:
// unanswered yes/no questions are "no", an omitted section means nothing in it applies, and every id
// (practice, Annex III point, Art. 6(3) condition) is checked by core against the EU AI Act catalogue.
import { OperatorRole } from "@canon/core";
import { Field, Float, InputType } from "type-graphql";
import "../graphql/enums";

@InputType({ description: "Art. 6(1) with Annex I: the product route" })
export class AnnexIAnswersInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: "A product covered by the Union harmonisation legislation of Annex I, or a safety component of one",
  })
  coveredProductOrSafetyComponent!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "That product has to undergo a third-party conformity assessment" })
  thirdPartyConformityAssessment!: boolean;

  @Field(() => String, { nullable: true, description: "Which Annex I legislation, in the person's words" })
  legislation?: string | null;
}

@InputType({ description: "Art. 6(3): the derogation conditions claimed for an Annex III use" })
export class Art6_3AnswersInput {
  @Field(() => [String], { defaultValue: [], description: 'Conditions claimed, "a" to "d"' })
  conditions!: string[];

  @Field(() => String, { nullable: true, description: "Required when a condition is claimed" })
  justification?: string | null;
}

@InputType({ description: "Art. 50: the questions that bring transparency duties" })
export class Art50AnswersInput {
  @Field(() => Boolean, { defaultValue: false, description: "Interacts directly with natural persons (50(1))" })
  interactsWithPeople!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Generates synthetic audio, image, video or text (50(2))" })
  generatesSyntheticContent!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Recognises emotions or categorises people from biometric data (50(3))" })
  emotionRecognitionOrBiometricCategorisation!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Generates or manipulates image, audio or video that amounts to a deep fake (50(4))" })
  deepFakes!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Generates or manipulates text published to inform the public on matters of public interest (50(4))",
  })
  publicInterestText!: boolean;
}

@InputType({ description: "Arts. 51–52: the general-purpose AI model questions" })
export class GpaiAnswersInput {
  @Field(() => Boolean, { defaultValue: false }) generalPurposeModel!: boolean;

  @Field(() => Float, { nullable: true, description: "Cumulative training compute in floating-point operations; null when unknown" })
  trainingFlops?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: "Designated by the Commission as a model with systemic risk (Art. 51(1)(b))" })
  designatedSystemic!: boolean;
}

@InputType({ description: "The EU AI Act classification questionnaire for one system" })
export class ClassificationAnswersInput {
  @Field(() => [String], { defaultValue: [], description: 'Art. 5(1) practices that apply, e.g. "art-5(1)(a)"' })
  prohibitedPractices!: string[];

  @Field(() => AnnexIAnswersInput, { defaultValue: {}, description: "Omitted: nothing in this section applies" }) annexI!: AnnexIAnswersInput;

  @Field(() => String, { nullable: true, description: 'Annex III point, e.g. "4(a)", or "2" for area 2; null when no Annex III area applies' })
  annexIIIPoint?: string | null;

  @Field(() => Art6_3AnswersInput, { defaultValue: {}, description: "Omitted: nothing in this section applies" }) art6_3!: Art6_3AnswersInput;

  @Field(() => Boolean, { defaultValue: false, description: "The system profiles natural persons (GDPR Art. 4(4))" })
  profiling!: boolean;

  @Field(() => Art50AnswersInput, { defaultValue: {}, description: "Omitted: nothing in this section applies" }) art50!: Art50AnswersInput;

  @Field(() => GpaiAnswersInput, { defaultValue: {}, description: "Omitted: nothing in this section applies" }) gpai!: GpaiAnswersInput;

  @Field(() => OperatorRole) operatorRole!: OperatorRole;

  @Field(() => Boolean, { defaultValue: false, description: "The deployer is a public authority or Union body, or acts on their behalf (Art. 27, Art. 49(3))" })
  deployerIsPublicAuthority!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "The deployer is a private entity providing public services (Art. 27)" })
  deployerProvidesPublicServices!: boolean;
}
