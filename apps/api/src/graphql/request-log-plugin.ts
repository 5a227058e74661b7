// Tells the request's log line (http/request-log.ts) which GraphQL operation ran and which error codes
// the response carries — whatever stage refused it (parsing, validation, variables, execution).
import type { ApolloServerPlugin } from "@apollo/server";
import { getOperationAST } from "graphql";
import { currentRequest } from "../http/request-log";
import type { Context } from "./context";

export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ document, operation, request, response }) {
        const entry = currentRequest();
        if (!entry) return;
        // Resolved after validation; a refused document still names its operation when it parsed.
        const named = operation ?? (document ? getOperationAST(document, request.operationName) : null);
        entry.operation = named?.name?.value ?? request.operationName ?? null;
        if (named) entry.operationType = named.operation;
        const body = response.body;
        const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
        for (const e of errors ?? []) entry.errors.push(String(e.extensions?.code ?? "UNKNOWN"));
      },
    };
  },
};
