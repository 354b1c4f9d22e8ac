// Numbers in client components, formatted exactly as the server formats them
// (lib/i18n/numbers.ts), so hydration never meets a different text.
import { useLocale } from "next-intl";
import { isLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/numbers";

export function useFormatNumber(): (n: number, fractionDigits?: number) => string {
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "kk";
  return (n, fractionDigits) => formatNumber(n, locale, fractionDigits);
}
