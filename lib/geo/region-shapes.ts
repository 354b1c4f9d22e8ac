// SVG paths of the 20 first-level units, projected once on the server with
// d3-geo from the bundled TopoJSON (no tiles, works offline). Source and
// licence: prisma/seed/data/GEO-SOURCE.md; the map shows the attribution.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import type { Topology, GeometryCollection } from "topojson-specification";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 430;

export type RegionShape = { iso: string; d: string; cx: number; cy: number };

let cache: RegionShape[] | null = null;

export function regionShapes(): RegionShape[] {
  if (cache) return cache;
  const topo = JSON.parse(
    readFileSync(path.join(process.cwd(), "public/geo/kz-regions.topojson"), "utf8"),
  ) as Topology<{
    regions: GeometryCollection<{ iso: string }>;
  }>;
  const fc = feature(topo, topo.objects.regions) as FeatureCollection<Geometry, { iso: string }>;
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], fc);
  const toPath = geoPath(projection);
  cache = fc.features.map((f) => {
    const [cx, cy] = toPath.centroid(f);
    return { iso: f.properties.iso, d: toPath(f) ?? "", cx, cy };
  });
  return cache;
}
