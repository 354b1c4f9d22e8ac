// Human labels for the filters of a view, in the user's language.
import type { FilterOptions } from "@/lib/data/filter-options";
import { localName, type Locale } from "@/lib/i18n/config";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function filterLabel(
  t: Translate,
  locale: Locale,
  options: FilterOptions,
  names: { speaker?: string; organization?: string },
  key: string,
  value: string,
): string {
  const name = (() => {
    switch (key) {
      case "region": {
        const r = options.regions.find((x) => x.iso === value);
        return r ? localName(r, locale) : value;
      }
      case "district": {
        const d = options.regions.flatMap((r) => r.districts).find((x) => String(x.id) === value);
        return d ? localName(d, locale) : value;
      }
      case "campaign": {
        const c = options.campaigns.find((x) => x.slug === value);
        return c ? localName(c, locale) : value;
      }
      case "status":
      case "format":
      case "audience":
        return t(`enum.${key}.${value}`);
      case "speaker":
        return names.speaker ?? `#${value}`;
      case "organization":
        return names.organization ?? `#${value}`;
      case "from":
      case "to": {
        // Rendered on the server only, so the runtime's date data cannot differ from the browser's.
        const d = new Date(`${value}T00:00:00Z`);
        return Number.isNaN(d.getTime())
          ? value
          : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(d);
      }
      default:
        return value;
    }
  })();
  return `${t(`filters.${key}`)}: ${name}`;
}
