// Runs a command-line script of the repository (scripts/*.ts) on a test database, as an operator would,
// and collects its exit code and output. Scripts run as one `node --import tsx` process each.
import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in the repository with DATABASE_URL set. */
export function runCommand(command: string, args: string[], databaseUrl: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Runs scripts/<script> with `args` on the database at `databaseUrl`. */
export function runScriptCli(script: string, databaseUrl: string, ...args: string[]): Promise<CliRun> {
  return runCommand(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", script), ...args], databaseUrl);
}
