export { openDatabase, type Database, type OpenOptions, type PrismaDb } from "./client";
export { migrateDatabase, readMigrations, type MigrationResult } from "./migrate";
export { Prisma } from "../generated/sqlite/client";
export * from "../generated/sqlite/enums";
export type * from "../generated/sqlite/models";
