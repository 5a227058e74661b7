// The portal in a real browser: sign-in with email + password through the API (the portal has no
// database), the home page, sign-out. Runs once per database kind (CANON_TEST_DATABASES, default sqlite,postgres).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { testDatabaseKinds } from "../support/databases/kinds";
import { openOwnerSql } from "../support/fixtures/owner-sql";
import { launchChromium } from "../support/portal/browser";
import { buildPortalIfStale } from "../support/portal/portal-build";
import { startPortal, type PortalFixture } from "../support/portal/portal-server";

const WRONG_CREDENTIALS = "Email or password is incorrect";

let browser: Browser;

before(
  async () => {
    const ms = await buildPortalIfStale();
    if (ms) console.log(`built the portal in ${(ms / 1000).toFixed(1)}s`);
    browser = await launchChromium();
  },
  { timeout: 600_000 },
);

after(async () => {
  await browser?.close();
});

async function sessionOf(page: Page): Promise<Record<string, unknown>> {
  return (await page.evaluate(async () => (await fetch("/api/auth/session")).json())) as Record<string, unknown>;
}

/** Sessions the API still accepts (not ended) in the portal's API database. */
async function liveApiSessions(portal: PortalFixture): Promise<number> {
  const db = await openOwnerSql(portal.kind, portal.databaseUrl);
  try {
    const [row] = await db.all<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "UserSession" WHERE "endedAt" IS NULL`);
    return Number(row!.n);
  } finally {
    await db.close();
  }
}

/** The form's own alert (Next's route announcer is an alert too). */
function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const kind of testDatabaseKinds()) {
  describe(`portal sign-in (${kind})`, () => {
    let portal: PortalFixture;
    let context: BrowserContext;
    let page: Page;

    before(
      async () => {
        portal = await startPortal(kind);
        context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1100, height: 720 } });
        page = await context.newPage();
      },
      { timeout: 180_000 },
    );

    after(async () => {
      await context?.close();
      await portal?.stop();
    });

    test("a signed-out visitor is sent to the sign-in page", async () => {
      const response = await page.goto("/");
      await page.waitForURL((url) => url.pathname === "/signin");
      assert.equal(response?.headers()["x-frame-options"], "DENY", "the sign-in page cannot be framed");
      assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Sign in");
      assert.equal(await page.title(), "Sign in · Canon");
    });

    test("a wrong password shows the error and stays signed out", async () => {
      await signIn(page, portal.admin.email, `${portal.admin.password}-wrong`);
      const alert = formAlert(page);
      await alert.waitFor();
      assert.equal((await alert.textContent())?.trim(), WRONG_CREDENTIALS);
      assert.equal(new URL(page.url()).pathname, "/signin");
      assert.deepEqual(await sessionOf(page), {});
      assert.equal(await page.getByLabel("Email").inputValue(), portal.admin.email, "the email is kept for another try");
      if (kind === testDatabaseKinds()[0]) await page.screenshot({ path: "/tmp/portal-signin-error.png" });
    });

    test("an unknown email gets exactly the same answer (no account enumeration)", async () => {
      await page.goto("/signin");
      await signIn(page, "nobody@northwind.example", portal.admin.password);
      await formAlert(page).waitFor();
      assert.equal((await formAlert(page).textContent())?.trim(), WRONG_CREDENTIALS);
      assert.equal(new URL(page.url()).pathname, "/signin");
      assert.deepEqual(await sessionOf(page), {});
    });

    test("the right password lands on the home page with the organisation and role", async () => {
      await signIn(page, portal.admin.email.toUpperCase(), portal.admin.password);
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("heading", { name: `Welcome, ${portal.admin.name}` }).waitFor();
      const membership = page.locator(".membership");
      assert.equal(await membership.count(), 1);
      assert.equal(await membership.locator(".organization-name").textContent(), portal.organization.name);
      assert.equal((await membership.locator(".role").textContent())?.trim(), "Role: ADMIN");
      assert.match(await page.locator("main").innerText(), new RegExp(`Signed in as ${portal.admin.email.replace(".", "\\.")}`));
      const session = (await sessionOf(page)) as { user?: { email?: string }; memberships?: { role: string }[] };
      assert.equal(session.user?.email, portal.admin.email);
      assert.deepEqual(
        session.memberships?.map((m) => m.role),
        ["ADMIN"],
      );
      assert.ok(!JSON.stringify(session).includes("canonsess_") && !("apiSession" in session), "the API's session token stays on the portal's server");
      if (kind === testDatabaseKinds()[0]) await page.screenshot({ path: "/tmp/portal-home.png", fullPage: true });
    });

    test("a signed-in user visiting the sign-in page goes home", async () => {
      await page.goto("/signin");
      await page.waitForURL((url) => url.pathname === "/");
    });

    test("sign out returns to the sign-in page and ends the session, in the API too", async () => {
      assert.equal(await liveApiSessions(portal), 1);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL((url) => url.pathname === "/signin");
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      assert.deepEqual(await sessionOf(page), {});
      await page.goto("/");
      await page.waitForURL((url) => url.pathname === "/signin");
      assert.equal(await liveApiSessions(portal), 0, "the API refuses the session's token from now on");
    });

    test("a session the API no longer accepts (ended, or the person removed) is signed out at the next click", async () => {
      await signIn(page, portal.admin.email, portal.admin.password);
      await page.waitForURL((url) => url.pathname === "/");
      const db = await openOwnerSql(portal.kind, portal.databaseUrl);
      try {
        await db.run(`UPDATE "UserSession" SET "endedAt" = "createdAt" WHERE "endedAt" IS NULL`);
      } finally {
        await db.close();
      }
      await page.goto("/");
      await page.waitForURL((url) => url.pathname === "/signin");
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
    });
  });
}
