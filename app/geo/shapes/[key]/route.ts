// GET /geo/shapes/regions | /geo/shapes/KZ-NN — a map's SVG paths as JSON
// ({width, height, shapes: [{key, d}]}). Boundaries are public reference data
// that do not depend on who asks or on any event, so they are sent once and
// cached by the browser instead of riding in every dashboard's HTML (where
// they were most of its weight, twice: in the markup and in the RSC payload).
import { districtShapes, regionShapes } from "@/lib/geo/map-shapes";

type Ctx = { params: Promise<{ key: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const { key } = await params;
  const map = key === "regions" ? regionShapes() : /^KZ-\d{2}$/.test(key) ? districtShapes(key) : null;
  if (!map) return Response.json({ error: "errors.notFound", code: "not_found" }, { status: 404 });
  return Response.json(map, {
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
