// node tied-to-parent.mjs COMMAND [ARGS...]
// Runs COMMAND and ends this whole process group (COMMAND and anything it starts) as soon as stdin closes,
// that is when the process that started us goes away, however it ends (even SIGKILL, which no exit hook
// sees). Start it with `detached: true` and a piped stdin: then a test run never leaves a server behind.
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });

function endGroup() {
  try {
    process.kill(-process.pid, "SIGTERM");
  } catch {
    /* not a group leader: end just the child */
    child.kill("SIGTERM");
  }
  setTimeout(() => {
    try {
      process.kill(-process.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, 5_000).unref();
}

process.stdin.on("end", endGroup);
process.stdin.on("error", endGroup);
process.stdin.resume();
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
