// @ts-check
// The portal bundles the workspace packages (TypeScript source) and leaves the database drivers and the
// Prisma runtime to Node's own `require` at run time (native addons and wasm do not belong in a bundle).
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Everything the portal reads lives in this repository: the app, packages/*, and the root node_modules.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  transpilePackages: ["@canon/core", "@canon/db", "@canon/config"],
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  // Type checking runs once, as its own step (`npm run typecheck` / `tsc --noEmit -p apps/portal`),
  // so a build does not repeat it over the whole core.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
