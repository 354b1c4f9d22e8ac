// GET /api/session — is my session still live? Answering counts as activity
// (the idle clock restarts), so the page pings it while its user is active.
import { failureResponse, json } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { failure } from "@/lib/errors";
import { sessionLimits } from "@/lib/session-limits";

export async function GET() {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  return json({ email: user.email, idleMinutes: sessionLimits().idleMinutes });
}
