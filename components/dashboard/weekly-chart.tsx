"use client";
// Held events per week up to vote day, the vote week marked. Recharts' keyboard
// layer lets arrow keys move between bars; the same numbers are in a table below.
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatNumber } from "@/components/ui/use-format-number";

// `label` is the week formatted on the server (complete locale data).
export type WeekPoint = { week: string; label: string; events: number; audience: number };

export function WeeklyChart({
  weeks,
  voteWeek,
  voteLabel,
}: {
  weeks: WeekPoint[];
  voteWeek?: string;
  voteLabel?: string;
}) {
  const t = useTranslations("dashboard");
  const num = useFormatNumber();
  const labels = new Map(weeks.map((w) => [w.week, w.label]));
  const label = (w: string) => labels.get(w) ?? w;
  if (weeks.length === 0) return <p className="text-sm text-slate-600">{t("noData")}</p>;
  return (
    <div data-testid="weekly-chart">
      {/* The vote day is named beside the chart, not on it: a label on the line is clipped at the edges. */}
      {voteWeek && voteLabel && (
        <p className="mb-1 flex items-center gap-2 text-xs text-red-700" data-testid="vote-label">
          <span className="inline-block h-3 w-0.5 bg-red-700" aria-hidden="true" />
          {voteLabel}
        </p>
      )}
      <div className="h-64" role="img" aria-label={t("weeklyTitle")}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tickFormatter={label} fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} width={36} />
            <Tooltip
              labelFormatter={(w) => t("weekOf", { date: label(typeof w === "string" ? w : "") })}
              formatter={(v) => [num(Number(v)), t("held")]}
            />
            <Bar dataKey="events" fill="#1d4ed8" name={t("held")} isAnimationActive={false} />
            {voteWeek && <ReferenceLine x={voteWeek} stroke="#b91c1c" strokeWidth={2} />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">{t("asTable")}</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr>
              <th className="pr-4 text-left">{t("week")}</th>
              <th className="pr-4 text-right">{t("held")}</th>
              <th className="text-right">{t("people")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <td className="pr-4">
                  {t("weekOf", { date: label(w.week) })}
                  {w.week === voteWeek ? ` — ${voteLabel}` : ""}
                </td>
                <td className="pr-4 text-right tabular-nums">{num(w.events)}</td>
                <td className="text-right tabular-nums">{num(w.audience)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
