// GET /api/health — for load balancers and monitors: 200 when the database
// answers and its migrations are applied, 503 otherwise. Public, no secrets.
import { json } from "@/lib/api";
import { health } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const h = await health();
  const ok = h.database && h.migrations;
  return json({ status: ok ? "ok" : "unavailable", ...h }, ok ? 200 : 503);
}
