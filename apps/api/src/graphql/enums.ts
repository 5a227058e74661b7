// Registers the domain enums (from core's vocabulary) and the API-only ones with type-graphql under
// their own names.
import { DOMAIN_ENUMS } from "@canon/core";
import { registerEnumType } from "type-graphql";

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];

const enums: Record<string, object> = { ...DOMAIN_ENUMS, SortDirection };
for (const [name, e] of Object.entries(enums)) registerEnumType(e, { name });
