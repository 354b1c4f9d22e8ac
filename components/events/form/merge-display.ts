// One merge group of an event body (lib/schemas/event-merge.ts) as the
// conflict notice shows it: names instead of codes and ids, in the UI language.
import type { MergeGroup } from "@/lib/schemas/event-merge";

type Translate = (key: string, values?: Record<string, string | number>) => string;
export type DisplayOptions = {
  campaigns: Array<{ slug: string; name: string }>;
  regions: Array<{ iso: string; name: string; districts: Array<{ id: number; name: string }> }>;
};
type Body = Record<string, unknown>;

const obj = (v: unknown): Body => (typeof v === "object" && v !== null ? (v as Body) : {});
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
const nameOf = (v: unknown) => {
  const r = obj(v);
  return typeof r.name === "string" && r.name ? r.name : typeof r.id === "number" ? `#${r.id}` : "";
};
const dash = (s: string) => s || "—";

export function groupText(t: Translate, o: DisplayOptions, group: MergeGroup, b: Body): string {
  const s = (k: string) => (typeof b[k] === "string" || typeof b[k] === "number" ? String(b[k]) : "");
  switch (group) {
    case "campaign":
      return dash(o.campaigns.find((c) => c.slug === b.campaign)?.name ?? s("campaign"));
    case "status":
      return b.status ? t(`enum.status.${s("status")}`) : "—";
    case "format":
      return b.format ? t(`enum.format.${s("format")}`) : "—";
    case "date":
      return b.date ? `${s("date")} (${t(`export.precision.${s("datePrecision") || "day"}`)})` : "—";
    case "region": {
      const region = o.regions.find((r) => r.iso === b.region);
      const district = region?.districts.find((d) => String(d.id) === s("district"));
      return dash([region?.name ?? s("region"), district?.name].filter(Boolean).join(", "));
    }
    case "audiences":
      return dash(
        list(b.audiences)
          .map((a) => t(`enum.audience.${String(a)}`))
          .join(", "),
      );
    case "audienceSize":
      return b.audienceSize === null || b.audienceSize === "" || b.audienceSize === undefined
        ? "—"
        : `${s("audienceSize")}${b.audienceEstimate ? ` (${t("form.estimate")})` : ""}`;
    case "speakers":
      return dash(
        list(b.speakers)
          .map((x) => {
            const sp = obj(x);
            const role = typeof sp.role === "string" && sp.role ? ` (${sp.role})` : "";
            const org = sp.organization ? ` — ${nameOf(sp.organization)}` : "";
            return `${nameOf(sp.person)}${role}${org}`;
          })
          .join("; "),
      );
    case "organizations":
      return dash(
        list(b.organizations)
          .map((x) => `${nameOf(obj(x).organization)} (${t(`enum.orgRole.${String(obj(x).role)}`)})`)
          .join("; "),
      );
    case "sources":
      return dash(
        list(b.sources)
          .map((x) => {
            const src = obj(x);
            return typeof src.title === "string" && src.title
              ? src.title
              : typeof src.id === "number"
                ? `#${src.id}`
                : typeof src.url === "string" && src.url
                  ? src.url
                  : t("form.newSource");
          })
          .join("; "),
      );
    default: {
      const v = s(group);
      return dash(v.length > 120 ? `${v.slice(0, 117)}…` : v);
    }
  }
}
