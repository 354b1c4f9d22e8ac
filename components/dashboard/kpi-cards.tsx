import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/data/stats";
import { today as todayIn } from "@/lib/domain/clock";

type Props = { kpis: DashboardData["kpis"]; campaign?: { name: string; voteDate: Date } };

export async function KpiCards({ kpis, campaign }: Props) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  // Days counted from today in Kazakhstan (APP_TIME_ZONE), like every date rule.
  const today = todayIn().getTime();
  const days = campaign ? Math.round((campaign.voteDate.getTime() - today) / 86_400_000) : null;
  const card = (testId: string, label: string, value: string, note?: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="text-3xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </div>
      {note && <div className="mt-1 text-xs text-slate-600">{note}</div>}
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6" data-testid="kpis">
      {card("kpi-held", t("held"), format.number(kpis.held), t("plannedNote", { planned: kpis.planned }))}
      {card(
        "kpi-audience",
        t("audience"),
        format.number(kpis.audience),
        t("audienceNote", { unsized: kpis.unsized, estimated: kpis.estimated }),
      )}
      {card("kpi-organizations", t("organizations"), format.number(kpis.organizations))}
      {card("kpi-speakers", t("speakers"), format.number(kpis.speakers))}
      {card("kpi-districts", t("districtsCovered"), format.number(kpis.districts))}
      {card(
        "kpi-vote",
        t("daysToVote"),
        days === null ? "—" : format.number(Math.abs(days)),
        campaign
          ? days !== null && days < 0
            ? t("voteWasAgo", { name: campaign.name })
            : days === 0
              ? t("voteToday")
              : campaign.name
          : t("chooseCampaign"),
      )}
    </div>
  );
}
