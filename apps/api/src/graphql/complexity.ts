// Refuses operations whose estimated cost is above the configured maximum. A list field costs its
// page size (`first`, or the default) times the cost of what is selected inside it; a field that does
// much more work than its selection shows declares its own cost (`complexity` in its @Query options).
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { createRequire } from "node:module";

// The package's ESM build imports graphql's .mjs files while everything else here loads graphql's
// CommonJS entry; two copies of graphql cannot share a schema, so the CommonJS build is loaded instead.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof import("graphql-query-complexity");
import type { Context } from "./context";

/**
 * A replay of a whole audit chain (verifyAuditChain, verifyAuditCheckpoint): seconds of database reads
 * and hashing on a long chain. Priced so that two fit under the default maximum (20,000) and a third
 * does not, whatever else the operation selects.
 */
export const CHAIN_REPLAY_COMPLEXITY = 8_000;

/** Taking a signed checkpoint: one statement and a signature; cheap, but not for dozens of aliases. */
export const CHECKPOINT_COMPLEXITY = 1_000;

const pageEstimator =
  (defaultPageSize: number): ComplexityEstimator =>
  ({ args, childComplexity }) => {
    if (!("first" in args) && !("after" in args)) return undefined;
    const first = typeof args.first === "number" ? args.first : defaultPageSize;
    return 1 + Math.max(1, first) * Math.max(1, childComplexity);
  };

export function complexityLimit(schema: GraphQLSchema, maxComplexity: number, defaultPageSize: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), pageEstimator(defaultPageSize), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // invalid variables: execution reports them with their proper code
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex: ${complexity}; the maximum is ${maxComplexity}`, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
