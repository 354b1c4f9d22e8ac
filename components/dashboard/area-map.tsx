"use client";
// Choropleth of areas: the 20 units on the national dashboard, a region's
// districts on its own. Hover, keyboard focus or a tap shows an area's numbers;
// a click, Enter, a second tap or the "Open" button opens it. Areas outside the
// viewer's scope are grey. Shapes are path strings projected on the server
// (lib/geo/map-shapes.ts), fetched from /geo/shapes/<map> and cached by the
// browser, so the page itself carries only the numbers; nothing geographic
// runs in the browser. Until they arrive the box keeps the map's proportions.
import { interpolateBlues } from "d3-scale-chromatic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormatNumber } from "@/components/ui/use-format-number";
import { classOf, countClasses } from "@/lib/domain/count-classes";

export type MapDatum = {
  /** The shape it colours (ISO code, or the district's English name). */
  shape: string;
  /** What the shape's data attribute carries: the ISO code, or the district id. */
  id: string;
  name: string;
  held: number;
  planned: number;
  audience: number;
  inScope: boolean;
  href: string | null;
};
type Shape = { key: string; d: string };
type Props = {
  /** Where the map's paths are: /geo/shapes/regions or /geo/shapes/KZ-NN. */
  shapesUrl: string;
  width: number;
  height: number;
  data: MapDatum[];
  metric: "events" | "audience";
  /** "iso" on the national map, "district" on a region's. */
  kind: "iso" | "district";
  label: string;
};

const BUCKETS = 5;
const colors = Array.from({ length: BUCKETS }, (_, i) => interpolateBlues(0.25 + (0.7 * i) / (BUCKETS - 1)));
const NONE = "#f1f5f9";
const OUT = "#e2e8f0";

export function AreaMap({ shapesUrl, width, height, data, metric, kind, label }: Props) {
  const t = useTranslations("dashboard");
  const [shapes, setShapes] = useState<Shape[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    fetch(shapesUrl, { signal: ctrl.signal })
      .then((res) => (res.ok ? (res.json() as Promise<{ shapes: Shape[] }>) : null))
      .then((map) => map && setShapes(map.shapes))
      .catch(() => undefined); // no map (offline, aborted): the table beside it has the same numbers
    return () => ctrl.abort();
  }, [shapesUrl]);
  const num = useFormatNumber();
  const router = useRouter();
  const [active, setActive] = useState<string | null>(null);
  // A tap first shows the numbers; the same area tapped again opens it.
  const lastPointer = useRef<string>("mouse");
  const byShape = new Map(data.map((d) => [d.shape, d]));
  const value = (d?: MapDatum) => (d ? (metric === "events" ? d.held : d.audience) : 0);
  const classes = countClasses(Math.max(1, ...data.filter((d) => d.inScope).map((d) => value(d))), BUCKETS);
  // Fewer classes than colours (small counts) spread over the whole ramp.
  const classColor = (i: number) => colors[Math.round((i * (BUCKETS - 1)) / Math.max(1, classes.length - 1))] ?? OUT;
  const fillOf = (d?: MapDatum) => {
    if (!d?.inScope) return OUT;
    const i = classOf(classes, value(d));
    return i < 0 ? NONE : classColor(i);
  };
  const shown = active ? byShape.get(active) : undefined;
  const describe = (d: MapDatum) =>
    t("mapLabel", { region: d.name, held: num(d.held), planned: num(d.planned), audience: num(d.audience) });
  const open = (d?: MapDatum) => d?.inScope && d.href && router.push(d.href);

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full touch-manipulation"
        role="group"
        aria-label={label}
        data-testid="region-map"
        data-map={kind === "iso" ? "regions" : "districts"}
      >
        {shapes.map((s) => {
          const d = byShape.get(s.key);
          const inScope = d?.inScope ?? false;
          const isHighlight = s.key === active;
          const dataAttr = kind === "iso" ? { "data-iso": d?.id ?? s.key } : { "data-district": d?.id ?? "" };
          return (
            <path
              key={s.key}
              d={s.d}
              {...dataAttr}
              fill={fillOf(d)}
              stroke={isHighlight ? "#b91c1c" : "#ffffff"}
              strokeWidth={isHighlight ? 2.5 : 1}
              className={inScope ? "cursor-pointer outline-none hover:opacity-80 focus:opacity-80" : "opacity-60"}
              tabIndex={inScope && d?.href ? 0 : -1}
              role={inScope && d?.href ? "link" : "img"}
              aria-label={d ? (inScope ? describe(d) : t("outOfScope", { region: d.name })) : s.key}
              aria-disabled={inScope ? undefined : true}
              onPointerDown={(e) => {
                lastPointer.current = e.pointerType;
              }}
              onMouseEnter={() => setActive(s.key)}
              onFocus={() => setActive(s.key)}
              onClick={() => {
                if (lastPointer.current !== "mouse" && active !== s.key) setActive(s.key);
                else open(d);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  open(d);
                }
              }}
            />
          );
        })}
      </svg>
      <div
        aria-live="polite"
        className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm"
        data-testid="map-details"
      >
        <span>
          {shown ? (shown.inScope ? describe(shown) : t("outOfScope", { region: shown.name })) : t("mapHint")}
        </span>
        {shown?.inScope && shown.href && (
          <Link
            href={shown.href}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 font-medium text-white hover:bg-brand-700"
          >
            {t("openArea", { name: shown.name })}
          </Link>
        )}
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
        <span>{metric === "events" ? t("legendEvents") : t("legendAudience")}:</span>
        <span className="flex items-center gap-1">
          <span
            className="inline-block h-3 w-5 rounded-sm border border-slate-300"
            style={{ background: NONE }}
            aria-hidden="true"
          />
          0
        </span>
        {classes.map((c, i) => (
          <span key={c.lo} className="flex items-center gap-1">
            <span
              className="inline-block h-3 w-5 rounded-sm"
              style={{ background: classColor(i) }}
              aria-hidden="true"
            />
            {c.lo === c.hi ? num(c.lo) : `${num(c.lo)}–${num(c.hi)}`}
          </span>
        ))}
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm" style={{ background: OUT }} aria-hidden="true" />
          {t("legendOutOfScope")}
        </span>
      </figcaption>
    </figure>
  );
}
