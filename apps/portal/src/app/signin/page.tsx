import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentSession } from "../../auth/session";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths are followed after sign-in. */
function safeCallbackPath(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentSession()) redirect(callbackPath);
  return (
    <section className="card card-narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <p className="muted">Use the email address and password of your Canon account.</p>
      <SignInForm callbackPath={callbackPath} />
    </section>
  );
}
