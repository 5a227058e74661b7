// Starts the Canon API on the configured database (migrations must already be applied).
import { config, ConfigError } from "@canon/config";
import { closeDatabase, startConfiguredJobRunner, startWebhookDispatcher, type JobRunner, type WebhookDispatcher } from "@canon/core";
import { createApiServer } from "./http/server";
import { log } from "./http/logger";

const cfg = config();
// The checkpoint signing key is validated lazily (the portal shares the configuration and never signs);
// the API signs checkpoints, so in production a missing or development key stops it here, at start.
if (cfg.env === "production") void cfg.auditSigning;
// So is the portal's credential: without it no one could sign in through the portal.
if (!cfg.portal.credential)
  throw new ConfigError("CANON_PORTAL_CREDENTIAL is required when NODE_ENV=production (a secret of 32+ characters the portal shares)");
const { server, apollo } = await createApiServer();
let webhooks: WebhookDispatcher | undefined;
let jobs: JobRunner | undefined;
server.listen(cfg.api.port, cfg.api.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : cfg.api.port;
  log.info("Canon API listening", { url: `http://${cfg.api.host}:${port}/graphql`, database: cfg.databaseProvider });
  if (cfg.webhooks.enabled) webhooks = startWebhookDispatcher({ ...cfg.webhooks, log });
  if (cfg.jobs.enabled) jobs = startConfiguredJobRunner(log);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("shutting down", { signal });
  server.close();
  await Promise.all([webhooks?.stop(), jobs?.stop()]);
  await apollo.stop();
  await closeDatabase();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
