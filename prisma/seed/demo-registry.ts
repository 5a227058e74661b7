// The demo registry behind the systems: models (incl. provider-hosted LLMs), versions with lineage,
// datasets, evaluations, model cards, releases and deployments.
import type { Actor } from "@canon/core";

export interface DemoContext {
  actors: { admin: Actor; lead: Actor; officer: Actor };
  systems: Record<string, string>;
  userIds: Record<string, string>;
}

export async function seedDemoRegistry(_ctx: DemoContext): Promise<void> {
  // Filled in once the model, dataset, evaluation, card, release and deployment use cases exist.
}
