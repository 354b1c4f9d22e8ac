import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/data/stats";
import { today as todayIn } from "@/lib/domain/clock";
import { getFormatNumber } from "@/lib/i18n/format-number-server";

type Props = { kpis: DashboardData["kpis"]; campaign?: { name: string; voteDate: Date } };

export async function KpiCards({ kpis, campaign }: Props) {
  const [t, num] = await Promise.all([getTranslations("dashboard"), getFormatNumber()]);
  // Days counted from today in Kazakhstan (APP_TIME_ZONE), like every date rule.
  const today = todayIn().getTime();
  const days = campaign ? Math.round((campaign.voteDate.getTime() - today) / 86_400_000) : null;
  const card = (testId: string, label: string, value: string, note?: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="text-2xl font-bold tabular-nums sm:text-3xl" data-testid={testId}>
        {value}
      </div>
      {note && <div className="mt-1 text-xs text-slate-600">{note}</div>}
    </div>
  );
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-6" data-testid="kpis">
      {card("kpi-held", t("held"), num(kpis.held), t("plannedNote", { planned: num(kpis.planned) }))}
      {card(
        "kpi-audience",
        t("audience"),
        num(kpis.audience),
        t("audienceNote", { unsized: kpis.unsized, estimated: kpis.estimated }),
      )}
      {card("kpi-organizations", t("organizations"), num(kpis.organizations))}
      {card("kpi-speakers", t("speakers"), num(kpis.speakers))}
      {card("kpi-districts", t("districtsCovered"), num(kpis.districts))}
      {card(
        "kpi-vote",
        days !== null && days < 0 ? t("daysSinceVote") : t("daysToVote"),
        days === null ? "—" : num(Math.abs(days)),
        campaign ? (days === 0 ? t("voteToday") : campaign.name) : t("chooseCampaign"),
      )}
    </div>
  );
}
