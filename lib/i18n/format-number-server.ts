// The number formatter of lib/i18n/numbers.ts for server components, in the
// request's language (client components use components/ui/use-format-number).
import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale } from "./config";
import { formatNumber } from "./numbers";

export async function getFormatNumber(): Promise<(n: number, fractionDigits?: number) => string> {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "kk";
  return (n, fractionDigits) => formatNumber(n, locale, fractionDigits);
}
