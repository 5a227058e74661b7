// Prisma CLI configuration for the PostgreSQL schema (generate, migrate diff).
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join(import.meta.dirname, "postgres", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/canon" });
  },
});
