// Held events per week up to vote day, the vote week marked: plain HTML bars
// drawn on the server, so no chart library travels to the browser (it was
// most of the dashboard's JavaScript). Each bar names its week and count on
// hover; the same numbers are in the table below for screen readers and
// keyboards.
import { getTranslations } from "next-intl/server";
import { getFormatNumber } from "@/lib/i18n/format-number-server";

// `label` is the week formatted on the server (complete locale data).
export type WeekPoint = { week: string; label: string; events: number; audience: number };

/** At most this many week labels under the bars, so they never overlap. */
const MAX_LABELS = 6;

export async function WeeklyChart({
  weeks,
  voteWeek,
  voteLabel,
}: {
  weeks: WeekPoint[];
  voteWeek?: string;
  voteLabel?: string;
}) {
  const [t, num] = await Promise.all([getTranslations("dashboard"), getFormatNumber()]);
  if (weeks.length === 0) return <p className="text-sm text-slate-600">{t("noData")}</p>;
  const max = Math.max(1, ...weeks.map((w) => w.events));
  const every = Math.ceil(weeks.length / MAX_LABELS);
  return (
    <div data-testid="weekly-chart">
      {/* The vote day is named beside the chart, not on it: a label on the line is clipped at the edges. */}
      {voteWeek && voteLabel && (
        <p className="mb-1 flex items-center gap-2 text-xs text-red-700" data-testid="vote-label">
          <span className="inline-block h-3 w-0.5 bg-red-700" aria-hidden="true" />
          {voteLabel}
        </p>
      )}
      <div className="flex gap-1" aria-hidden="true">
        <div className="flex h-56 flex-col justify-between text-right text-[11px] tabular-nums text-slate-500">
          <span>{num(max)}</span>
          <span>0</span>
        </div>
        <div className="min-w-0 flex-1">
          {/* Column styles sit on the row, not on each of up to a hundred weeks (page weight). */}
          <div className="flex h-56 items-end gap-px border-b border-l border-slate-300 *:relative *:flex *:h-full *:min-w-0 *:flex-1 *:items-end *:hover:bg-slate-100">
            {weeks.map((w) => (
              <div key={w.week} title={`${t("weekOf", { date: w.label })}: ${num(w.events)}`} data-week={w.week}>
                {w.week === voteWeek && (
                  <span className="absolute inset-y-0 left-1/2 w-0.5 bg-red-700" data-testid="vote-week" />
                )}
                <div className="mx-auto w-4/5 max-w-12 bg-brand-600" style={{ height: `${(w.events / max) * 100}%` }} />
              </div>
            ))}
          </div>
          <div className="relative h-4 text-[11px] text-slate-600">
            {weeks.map((w, i) =>
              i % every === 0 ? (
                <span
                  key={w.week}
                  className="absolute whitespace-nowrap"
                  // Shifted back by as much of its own width as its place is far along:
                  // the first label starts at the left edge, the last ends inside the right one.
                  style={{
                    left: `${(i / weeks.length) * 100}%`,
                    transform: `translateX(-${(i / weeks.length) * 100}%)`,
                  }}
                >
                  {w.label}
                </span>
              ) : null,
            )}
          </div>
        </div>
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
                  {t("weekOf", { date: w.label })}
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
