// Dashboard filters as a GET form: they live in the URL and can be shared.
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { AUDIENCE_TYPES, EVENT_FORMATS } from "@/lib/domain/enums";
import type { DashboardView } from "@/lib/schemas/dashboard";

const input = "block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm max-w-full";
const label = "field-label";

export async function DashboardFilters({
  view,
  campaigns,
  action,
}: {
  view: DashboardView;
  campaigns: Array<{ slug: string; name: string }>;
  action: string;
}) {
  const t = await getTranslations();
  const f = view.filters;
  return (
    <Form
      action={action}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("filters.title")}
    >
      {/* On a phone the campaign's long name is cut in its box, not past the card. */}
      <div className="min-w-0 max-w-full">
        <label htmlFor="d-campaign" className={label}>
          {t("filters.campaign")}
        </label>
        <select id="d-campaign" name="campaign" defaultValue={view.campaignParam} className={input}>
          {campaigns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
          <option value="all">{t("dashboard.allCampaigns")}</option>
        </select>
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="d-from" className={label}>
          {t("filters.from")}
        </label>
        <input id="d-from" name="from" type="date" defaultValue={f.from ?? ""} className={input} />
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="d-to" className={label}>
          {t("filters.to")}
        </label>
        <input id="d-to" name="to" type="date" defaultValue={f.to ?? ""} className={input} />
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="d-audience" className={label}>
          {t("filters.audience")}
        </label>
        <select id="d-audience" name="audience" defaultValue={f.audience[0] ?? ""} className={input}>
          <option value="">{t("filters.any")}</option>
          {AUDIENCE_TYPES.map((a) => (
            <option key={a} value={a}>
              {t(`enum.audience.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="d-format" className={label}>
          {t("filters.format")}
        </label>
        <select id="d-format" name="format" defaultValue={f.format[0] ?? ""} className={input}>
          <option value="">{t("filters.any")}</option>
          {EVENT_FORMATS.map((x) => (
            <option key={x} value={x}>
              {t(`enum.format.${x}`)}
            </option>
          ))}
        </select>
      </div>
      {view.metric === "audience" && <input type="hidden" name="color" value="audience" />}
      {view.gapDays !== 14 && <input type="hidden" name="gap" value={view.gapDays} />}
      <Button type="submit">{t("filters.apply")}</Button>
    </Form>
  );
}
