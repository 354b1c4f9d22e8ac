"use client";
// Choropleth of the 20 units. Hover or keyboard focus shows a region's numbers;
// click or Enter opens its dashboard. Regions outside the viewer's scope are grey.
import { scaleQuantize } from "d3-scale";
import { interpolateBlues } from "d3-scale-chromatic";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

export type MapDatum = { iso: string; name: string; held: number; planned: number; audience: number; inScope: boolean };
type Shape = { iso: string; d: string };
type Props = {
  shapes: Shape[];
  data: MapDatum[];
  metric: "events" | "audience";
  width: number;
  height: number;
  query: string;
  highlight?: string;
};

const BUCKETS = 5;
const colors = Array.from({ length: BUCKETS }, (_, i) => interpolateBlues(0.2 + (0.75 * i) / (BUCKETS - 1)));

export function RegionMap({ shapes, data, metric, width, height, query, highlight }: Props) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const router = useRouter();
  const [active, setActive] = useState<string | null>(highlight ?? null);
  const byIso = new Map(data.map((d) => [d.iso, d]));
  const value = (d?: MapDatum) => (d ? (metric === "events" ? d.held : d.audience) : 0);
  const max = Math.max(1, ...data.filter((d) => d.inScope).map((d) => value(d)));
  const scale = scaleQuantize<string>().domain([0, max]).range(colors);
  const open = (iso: string) => router.push(`/dashboard/${iso}${query ? `?${query}` : ""}`);
  const shown = active ? byIso.get(active) : undefined;
  const describe = (d: MapDatum) =>
    t("mapLabel", { region: d.name, held: d.held, planned: d.planned, audience: format.number(d.audience) });

  return (
    <figure className="space-y-2">
      <div className="relative">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full"
          role="group"
          aria-label={t("mapTitle")}
          data-testid="region-map"
        >
          {shapes.map((s) => {
            const d = byIso.get(s.iso);
            const inScope = d?.inScope ?? false;
            const isHighlight = s.iso === highlight;
            return (
              <path
                key={s.iso}
                d={s.d}
                data-iso={s.iso}
                fill={inScope ? (value(d) === 0 ? "#f1f5f9" : scale(value(d))) : "#e2e8f0"}
                stroke={isHighlight ? "#b91c1c" : "#ffffff"}
                strokeWidth={isHighlight ? 3 : 1}
                className={inScope ? "cursor-pointer outline-none hover:opacity-80 focus:opacity-80" : "opacity-60"}
                tabIndex={inScope ? 0 : -1}
                role={inScope ? "link" : "img"}
                aria-label={d ? (inScope ? describe(d) : t("outOfScope", { region: d.name })) : s.iso}
                aria-disabled={inScope ? undefined : true}
                onMouseEnter={() => setActive(s.iso)}
                onFocus={() => setActive(s.iso)}
                onMouseLeave={() => setActive(highlight ?? null)}
                onClick={() => inScope && open(s.iso)}
                onKeyDown={(e) => {
                  if (inScope && (e.key === "Enter" || e.key === " ")) {
                    e.preventDefault();
                    open(s.iso);
                  }
                }}
              />
            );
          })}
        </svg>
        <div
          aria-live="polite"
          className="pointer-events-none absolute left-2 top-2 max-w-xs rounded-md bg-white/90 px-3 py-2 text-sm shadow"
          data-testid="map-details"
        >
          {shown ? (shown.inScope ? describe(shown) : t("outOfScope", { region: shown.name })) : t("mapHint")}
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center gap-3 text-xs text-slate-700">
        <span>{metric === "events" ? t("legendEvents") : t("legendAudience")}:</span>
        {colors.map((c, i) => {
          const [lo, hi] = scale.invertExtent(c);
          return (
            <span key={c} className="flex items-center gap-1">
              <span className="inline-block h-3 w-5 rounded-sm" style={{ background: c }} aria-hidden="true" />
              {format.number(Math.ceil(i === 0 ? 0 : lo))}–{format.number(Math.floor(hi))}
            </span>
          );
        })}
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm bg-slate-200" aria-hidden="true" />
          {t("legendOutOfScope")}
        </span>
      </figcaption>
    </figure>
  );
}
