// A real webhook receiver for the contract tests: a node:http server in the test process that verifies
// every request's Canon-Signature with the webhook's secret (verifyWebhookSignature from @canon/core),
// records every request, and can be told to fail (HTTP 500) or hang (beyond the dispatcher's timeout)
// for the next N requests.
import { verifyWebhookSignature } from "@canon/core";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { freePort } from "../../support/free-port";

export interface ReceivedRequest {
  deliveryId: string;
  event: string;
  signature: string;
  contentType: string;
  rawBody: string;
  payload: any;
  verified: boolean;
  /** What the receiver did: answered 200, failed on purpose (500), hung, or refused a bad signature (401). */
  outcome: "ok" | "fail" | "hang" | "bad-signature";
  at: number;
}

type Behaviour = { kind: "fail"; status: number } | { kind: "hang"; ms: number };

function readRaw(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  secret = "";
  private plan: Behaviour[] = [];
  private failForever = false;
  private server: Server | undefined;
  private timers = new Set<NodeJS.Timeout>();

  constructor(readonly port: number) {}

  /** Starts listening on `port` (a free one when omitted). */
  static async start(port?: number): Promise<Receiver> {
    const r = new Receiver(port ?? (await freePort()));
    await r.listen();
    return r;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/canon`;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  failNext(count: number, status = 500): void {
    for (let i = 0; i < count; i++) this.plan.push({ kind: "fail", status });
  }

  hangNext(count: number, ms: number): void {
    for (let i = 0; i < count; i++) this.plan.push({ kind: "hang", ms });
  }

  failAlways(on = true): void {
    this.failForever = on;
  }

  /** Requests that carried a delivery of this subject id (payload.subject.id). */
  forSubject(id: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.payload?.subject?.id === id);
  }

  forDelivery(id: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.deliveryId === id);
  }

  async waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`receiver: timed out waiting for ${what}; saw ${JSON.stringify(this.requests.map((r) => [r.event, r.deliveryId, r.outcome]))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readRaw(req);
    const signature = String(req.headers["canon-signature"] ?? "");
    const verified = verifyWebhookSignature(this.secret, signature, rawBody, 300);
    let payload: any = null;
    try {
      payload = JSON.parse(rawBody);
    } catch {
      /* recorded as is */
    }
    const record: ReceivedRequest = {
      deliveryId: String(req.headers["canon-delivery"] ?? ""), event: String(req.headers["canon-event"] ?? ""), signature,
      contentType: String(req.headers["content-type"] ?? ""), rawBody, payload, verified, outcome: "ok", at: Date.now(),
    };
    this.requests.push(record);
    if (!verified) {
      record.outcome = "bad-signature";
      res.writeHead(401).end("bad signature");
      return;
    }
    const next = this.plan.shift() ?? (this.failForever ? { kind: "fail" as const, status: 500 } : undefined);
    if (next?.kind === "fail") {
      record.outcome = "fail";
      res.writeHead(next.status, { "content-type": "text/plain" }).end("receiver failing on purpose");
      return;
    }
    if (next?.kind === "hang") {
      record.outcome = "hang";
      const t = setTimeout(() => {
        this.timers.delete(t);
        if (!res.destroyed) res.writeHead(200).end("too late");
      }, next.ms);
      this.timers.add(t);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
  }
}

// Re-exported for the webhook tests that import it from here.
export { freePort };
