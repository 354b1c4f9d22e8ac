// The country's clock. "Today" is the calendar day in the campaign's time zone
// (Asia/Almaty unless APP_TIME_ZONE says otherwise), not the server's UTC day:
// at 00:19 on 2 December in Almaty it is already the 2nd.
const zone = () => process.env.APP_TIME_ZONE ?? "Asia/Almaty";

/** The current instant; the one place pages ask for it (renders read the clock once per request). */
const now = (): Date => new Date();

/** The calendar day (YYYY-MM-DD) of `at` in the app's time zone. */
// Building a DateTimeFormat costs far more than using one, and the schema asks
// for today on every event it checks (thousands in an import): one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();
export function dayIn(at: Date = now(), timeZone: string = zone()): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formats.set(timeZone, f);
  }
  return f.format(at);
}

/** Midnight (UTC, as event dates are stored) of today in the app's time zone. */
export const today = (at: Date = now()): Date => new Date(`${dayIn(at)}T00:00:00Z`);
