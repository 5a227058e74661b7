"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";

const WRONG_CREDENTIALS = "Email or password is incorrect";
const UNAVAILABLE = "Sign-in is not available right now. Please try again.";

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until the page is interactive the button stays disabled, so the form is never submitted natively.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        router.replace(callbackPath);
        router.refresh();
        return;
      }
      const limited = result?.error?.startsWith("Too many sign-in attempts");
      setError(result?.error === "CredentialsSignin" ? WRONG_CREDENTIALS : limited ? result!.error! : UNAVAILABLE);
    } catch {
      setError(UNAVAILABLE);
    }
    (form.elements.namedItem("password") as HTMLInputElement | null)?.select();
    setPending(false);
  }

  const invalidProps = error ? { "aria-invalid": true, "aria-describedby": "signin-error" } : {};

  return (
    <form className="form" method="post" onSubmit={onSubmit}>
      {error && (
        <p id="signin-error" className="alert" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus {...invalidProps} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required {...invalidProps} />
      </div>
      <button type="submit" className="button" disabled={!ready || pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
