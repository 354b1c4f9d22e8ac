// How event dates and audiences read in the user's language.
import type { DatePrecision } from "@/lib/generated/sqlite/enums";

type Formatter = {
  dateTime(
    date: Date,
    options: { year: "numeric"; month: "long" | "short"; day?: "numeric"; timeZone: string },
  ): string;
};
type Translator = (key: string, values?: Record<string, string | number>) => string;

export function formatEventDate(format: Formatter, t: Translator, date: Date, precision: DatePrecision): string {
  // Dates are calendar days stored at midnight UTC: format them in UTC.
  const text =
    precision === "month"
      ? format.dateTime(date, { year: "numeric", month: "long", timeZone: "UTC" })
      : format.dateTime(date, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  return t(`date.${precision}`, { date: text });
}

export function formatAudienceSize(t: Translator, size: number | null, estimate: boolean): string {
  if (size === null) return t("events.sizeUnknown");
  return estimate ? t("events.approx", { count: size }) : t("events.people", { count: size });
}
