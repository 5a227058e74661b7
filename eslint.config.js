// ESLint for the whole workspace: recommended JavaScript and TypeScript rules (not type-checked, for
// speed), formatting left to Prettier, and the import boundaries of the architecture (DESIGN.md):
//
//   apps/api           → @canon/core, @canon/reports, @canon/config
//   apps/portal        → @canon/config, and the API over HTTP (sign-in included)
//   packages/core      → @canon/db, @canon/frameworks, @canon/config, and the report-model *types* of @canon/reports (`import type`)
//   packages/reports   → @canon/frameworks
//   packages/db        → @canon/config
//   packages/frameworks, packages/config → no @canon package
//   test/, bench/, scripts/, prisma/ → anything
//
// Only packages/db talks to Prisma. Inside apps/ and packages/, a relative import never climbs out of its
// own package (`../../packages/core/src/...`): another package is reached by its name, through its entry.
// test/lint-boundaries.test.ts checks that these rules keep refusing what they refuse.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

const PACKAGES = ["api", "portal", "core", "db", "reports", "frameworks", "config"];

/** The @canon packages (and Prisma, outside db) a folder may not import; `typeOnly` ones only as `import type`. */
function boundary(owner, allowed, { typeOnly = [], prisma = false } = {}) {
  const forbidden = PACKAGES.filter((p) => !allowed.includes(p) && !typeOnly.includes(p) && p !== owner);
  const why = `${owner} may import ${[...allowed, ...typeOnly.map((p) => `${p} (types only)`)].map((p) => `@canon/${p}`).join(", ") || "no @canon package"} (eslint.config.js)`;
  return {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        paths: typeOnly.map((p) => ({ name: `@canon/${p}`, allowTypeImports: true, message: `${why}: import its types with \`import type\`.` })),
        patterns: [
          { group: forbidden.flatMap((p) => [`@canon/${p}`, `@canon/${p}/**`]), message: why },
          { group: typeOnly.map((p) => `@canon/${p}/**`), message: `${why}: through the package's entry.` },
          ...(prisma
            ? []
            : [{ group: ["@prisma/*", ".prisma/*", "prisma"], message: "Only packages/db talks to Prisma; use @canon/core (or @canon/db inside core)." }]),
        ].filter((p) => p.group.length > 0),
      },
    ],
  };
}

/** `../` repeated past the package root, for a file `depth` folders below it (`apps/x/src/a.ts` is at depth 1). */
function noClimbing(depth) {
  const glob = `${"*/".repeat(depth)}*.{ts,tsx,js,mjs,cjs}`;
  return {
    files: [`apps/*/${glob}`, `packages/*/${glob}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: `^(\\.\\./){${depth + 1},}`, message: "A relative import never leaves its package: import the other package by its name (@canon/...)." },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/generated/**",
      "**/.next/**",
      "**/dist/**",
      "**/.turbo/**",
      "data/**",
      "test-results/**",
      "bench/results/**",
      "apps/portal/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "warn" },
    rules: {
      // The code base's idioms: `any` in tests and GraphQL plumbing, `_`-prefixed names left unused on
      // purpose, `Function` for type-graphql's resolver lists, empty catch blocks that say why.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-empty-object-type": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      "prefer-const": ["error", { destructuring: "all" }],
      // New in ESLint 10's recommended set; the existing code trips them a few times: reported, not failing.
      "no-useless-assignment": "warn",
      "preserve-caught-error": "warn",
      // Input checks match control characters on purpose; say so with a disable comment (see core's input.ts).
      "no-control-regex": "warn",
    },
  },
  // Tests build odd values on purpose (sparse arrays for canonical JSON, and the like).
  { files: ["**/*.test.ts", "test/**/*.ts"], rules: { "no-sparse-arrays": "off" } },
  { files: ["apps/portal/src/**/*.{ts,tsx}"], languageOptions: { globals: { ...globals.browser, ...globals.node } } },

  // Import boundaries, per folder (a later entry replaces an earlier one's options for the same files).
  { files: ["apps/api/**/*.{ts,tsx,js,mjs}"], rules: boundary("api", ["core", "reports", "config"]) },
  { files: ["apps/portal/**/*.{ts,tsx,js,mjs}"], rules: boundary("portal", ["config"]) },
  { files: ["packages/core/**/*.{ts,tsx,js,mjs}"], rules: boundary("core", ["db", "frameworks", "config"], { typeOnly: ["reports"] }) },
  { files: ["packages/reports/**/*.{ts,tsx,js,mjs}"], rules: boundary("reports", ["frameworks"]) },
  { files: ["packages/db/**/*.{ts,tsx,js,mjs}"], rules: boundary("db", ["config"], { prisma: true }) },
  { files: ["packages/frameworks/**/*.{ts,tsx,js,mjs}"], rules: boundary("frameworks", []) },
  { files: ["packages/config/**/*.{ts,tsx,js,mjs}"], rules: boundary("config", []) },
  ...Array.from({ length: 10 }, (_, depth) => noClimbing(depth)),

  prettier,
);
