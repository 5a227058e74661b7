// next-auth's endpoints (/api/auth/csrf, /callback/credentials, /session, /signout, …).
import NextAuth from "next-auth";
import { authOptions } from "../../../../auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: RouteContext): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
