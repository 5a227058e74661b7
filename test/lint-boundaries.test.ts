// The import boundaries of eslint.config.js, checked through ESLint's own API: snippets placed (by file
// path) in each package are refused or accepted as the architecture says, so a boundary cannot silently
// disappear from the configuration.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ESLint } from "eslint";

const ROOT = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: ROOT });
const BOUNDARY_RULES = new Set(["@typescript-eslint/no-restricted-imports", "no-restricted-imports"]);

/** The boundary errors ESLint reports for `code` as if it were the file `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.severity === 2 && m.ruleId && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.message);
}

const refused: [string, string][] = [
  ["apps/api/src/x.ts", `import { Role } from "@canon/db";`],
  ["apps/api/src/graphql/x.ts", `import { MODEL_CARD_SECTIONS } from "@canon/frameworks";`],
  ["apps/api/src/x.ts", `import { PrismaClient } from "@prisma/client";`],
  ["apps/api/src/x.ts", `import { createModel } from "../../../packages/core/src/models/create-model";`],
  ["apps/api/src/x.ts", `export { Role } from "@canon/db";`],
  ["packages/reports/src/x.ts", `import { Role } from "@canon/db";`],
  ["packages/reports/src/inventory/x.ts", `import { database } from "@canon/core";`],
  ["packages/reports/src/x.ts", `import { config } from "@canon/config";`],
  ["packages/reports/src/x.ts", `import { database } from "../../core/src/shared/database";`],
  ["packages/core/src/x.ts", `import { labelCatalogues } from "@canon/reports";`],
  ["packages/core/src/x.ts", `import type { InventoryReport } from "@canon/reports/src/model/inventory";`],
  ["packages/core/src/x.ts", `import { createApiServer } from "@canon/api";`],
  ["packages/core/src/x.ts", `import { PrismaClient } from "@prisma/client";`],
  ["packages/db/src/x.ts", `import { database } from "@canon/core";`],
  ["packages/frameworks/src/x.ts", `import { config } from "@canon/config";`],
  ["packages/config/src/x.ts", `import { Role } from "@canon/db";`],
  ["apps/portal/src/app/page.tsx", `import { authenticateUser } from "@canon/core";`],
  ["apps/portal/src/app/page.tsx", `import { Role } from "@canon/db";`],
  ["apps/portal/src/app/page.tsx", `import { renderInventoryPdf } from "@canon/reports";`],
  ["apps/portal/src/auth/options.ts", `import { authenticateUser } from "@canon/core";`],
];

const accepted: [string, string][] = [
  [
    "apps/api/src/x.ts",
    `import { Role, database } from "@canon/core";\nimport { renderInventoryPdf } from "@canon/reports";\nimport { config } from "@canon/config";`,
  ],
  ["apps/api/src/graphql/x.ts", `import { log } from "../http/logger";`],
  [
    "packages/core/src/x.ts",
    `import { Prisma } from "@canon/db";\nimport { MODEL_CARD_SECTIONS } from "@canon/frameworks";\nimport type { InventoryReport } from "@canon/reports";`,
  ],
  ["packages/reports/src/x.ts", `import { MODEL_CARD_SECTIONS } from "@canon/frameworks";`],
  ["packages/db/src/x.ts", `import { PrismaClient } from "@prisma/client";\nimport { config } from "@canon/config";`],
  ["apps/portal/src/auth/options.ts", `import { config } from "@canon/config";`],
  ["test/contract/x.test.ts", `import { Role } from "@canon/db";\nimport { canonSchema } from "../../apps/api/src/schema";`],
  ["scripts/x.ts", `import { migrateDatabase } from "@canon/db";`],
];

test("imports across a package boundary are lint errors", async () => {
  for (const [file, code] of refused) {
    assert.notDeepEqual(await boundaryErrors(file, code), [], `${file}: ${code} must be refused`);
  }
});

test("imports the architecture allows are not", async () => {
  for (const [file, code] of accepted) {
    assert.deepEqual(await boundaryErrors(file, code), [], `${file}: ${code} must be accepted`);
  }
});
