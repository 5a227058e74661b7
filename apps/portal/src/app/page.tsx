// Home: who is signed in, in which organisations, with which role.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentSession } from "../auth/session";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const session = await currentSession();
  if (!session) redirect("/signin");
  const { user, memberships } = session;
  return (
    <section className="card" aria-labelledby="home-title">
      <h1 id="home-title">Welcome, {user.name}</h1>
      <p className="muted">Signed in as {user.email}</p>
      <h2 className="section-title">Your organisations</h2>
      <ul className="memberships">
        {memberships.map((m) => (
          <li key={m.organizationId} className="membership">
            <span className="organization-name">{m.organizationName}</span>
            <span className="role">
              <span className="visually-hidden">Role: </span>
              {m.role}
            </span>
          </li>
        ))}
      </ul>
      <SignOutButton />
    </section>
  );
}
