// SVG paths for the dashboards' maps, projected on the server with d3-geo from
// the bundled TopoJSON (no tiles, works offline): the 20 first-level units for
// the national map, and one region's districts for its own. Each map is
// projected once per process and kept; coordinates are rounded to one decimal
// of an 800-unit-wide view box, which is all a screen can show and a fraction
// of the bytes. Source and licence: prisma/seed/data/GEO-SOURCE.md; the map
// shows the attribution.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

const WIDTH = 800;
type MapShape = { key: string; d: string };
export type MapShapes = { width: number; height: number; shapes: MapShape[] };

function load<P extends Record<string, string>>(file: string, object: string): Feature<Geometry, P>[] {
  const topo = JSON.parse(readFileSync(path.join(process.cwd(), "public/geo", file), "utf8")) as Topology<
    Record<string, GeometryCollection<P>>
  >;
  const collection = topo.objects[object];
  if (!collection) throw new Error(`${file} has no object "${object}"`);
  return feature(topo, collection).features;
}

/** Fits the features WIDTH units across, as tall as their shape needs (at most 1.2× the width). */
function project<P extends Record<string, string>>(
  features: Feature<Geometry, P>[],
  keyOf: (p: P) => string,
): MapShapes {
  const fc: FeatureCollection<Geometry, P> = { type: "FeatureCollection", features };
  const [[, y0], [, y1]] = geoPath(geoMercator().fitWidth(WIDTH, fc)).bounds(fc);
  const height = Math.min(Math.ceil(y1 - y0), Math.round(WIDTH * 1.2));
  const toPath = geoPath(geoMercator().fitSize([WIDTH, height], fc)).digits(1);
  return { width: WIDTH, height, shapes: features.map((f) => ({ key: keyOf(f.properties), d: toPath(f) ?? "" })) };
}

let regionFeatures: Feature<Geometry, { iso: string }>[] | null = null;
let regions: MapShapes | null = null;
/** The 20 first-level units, keyed by ISO code. */
export function regionShapes(): MapShapes {
  regionFeatures ??= load<{ iso: string }>("kz-regions.topojson", "regions");
  regions ??= project(regionFeatures, (p) => p.iso);
  return regions;
}

type DistrictProps = { iso: string; district_key: string };
let districtFeatures: Feature<Geometry, DistrictProps>[] | null = null;
const districtMaps = new Map<string, MapShapes>();
/**
 * One region's districts and cities of regional significance, keyed by their
 * English name (unique within a region, as in the districts table). A region
 * the file has no districts for is drawn as its single shape, keyed by ISO.
 */
export function districtShapes(iso: string): MapShapes | null {
  const known = districtMaps.get(iso);
  if (known) return known;
  districtFeatures ??= load<DistrictProps>("kz-districts.topojson", "districts");
  regionFeatures ??= load<{ iso: string }>("kz-regions.topojson", "regions");
  const inRegion = districtFeatures.filter((f) => f.properties.iso === iso);
  const outline = regionFeatures.filter((f) => f.properties.iso === iso);
  const map =
    inRegion.length > 0
      ? project(inRegion, (p) => p.district_key)
      : outline.length > 0
        ? project(outline, (p) => p.iso)
        : null;
  if (map) districtMaps.set(iso, map);
  return map;
}
