// Export file names say what they hold: events_zhambyl-region_2026-02-01_2026-03-15.xlsx
import type { EventFilters } from "../schemas/event-filters";

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function exportFileName(f: EventFilters, regionNamesEn: string[], ext: "csv" | "xlsx" | "json"): string {
  const parts = ["events", ...regionNamesEn.map(slug)];
  if (f.campaign) parts.push(f.campaign);
  if (f.from && f.to) parts.push(f.from, f.to);
  else if (f.from) parts.push(`from-${f.from}`);
  else if (f.to) parts.push(`to-${f.to}`);
  if (parts.length === 1) parts.push("all");
  return `${parts.join("_")}.${ext}`;
}
