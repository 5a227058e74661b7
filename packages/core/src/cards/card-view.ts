// What card reads return: one revision with the header facts a caller needs alongside it.
import type { ModelCardModel, ModelCardRevisionModel } from "@canon/db";

export type ModelCardView = ModelCardRevisionModel & { modelVersionId: string; latestRevision: number };

export function toCardView(revision: ModelCardRevisionModel, card: Pick<ModelCardModel, "modelVersionId" | "latestRevision">): ModelCardView {
  return { ...revision, modelVersionId: card.modelVersionId, latestRevision: card.latestRevision };
}
