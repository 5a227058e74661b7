// The process every test API runs in (started by launch.ts as one `node --import tsx` process, so a
// signal reaches the server itself): the real API, apps/api/src/main.ts, unchanged; with
// CANON_TEST_ORGANIZATIONS_PORT, also the organisation factory; and with CANON_TEST_TIED_TO_PARENT, it
// shuts down (as on SIGTERM) when its stdin pipe closes, that is when the process that started it is
// gone, however that ended (even SIGKILL): a test run never leaves a server behind.
if (process.env.CANON_TEST_TIED_TO_PARENT === "1") {
  process.stdin.on("end", () => process.kill(process.pid, "SIGTERM"));
  process.stdin.resume();
}

await import("../../../apps/api/src/main");
const factoryPort = process.env.CANON_TEST_ORGANIZATIONS_PORT;
if (factoryPort) {
  const { serveOrganizationFactory } = await import("./organization-factory");
  await serveOrganizationFactory(Number(factoryPort));
}

export {};
