// @ts-check
// The portal bundles the one workspace package it uses (@canon/config, TypeScript source); everything else
// it reaches through the API over HTTP.
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Everything the portal reads lives in this repository: the app, packages/*, and the root node_modules.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  transpilePackages: ["@canon/config"],
  // Type checking runs once, as its own step (`npm run typecheck` / `tsc --noEmit -p apps/portal`).
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
