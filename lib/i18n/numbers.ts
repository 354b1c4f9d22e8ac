// One number formatter for the server and the browser. Intl's output depends
// on the ICU data of the runtime: Node formats 1150 in Kazakh as "1 150",
// Chromium as "1,150", and React refuses to hydrate a page whose text differs.
// The rules here are CLDR's for our three languages, written out once.
import type { Locale } from "./config";

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  ru: { group: "\u00a0", decimal: "," },
  kk: { group: "\u00a0", decimal: "," },
};

/** `n` with thousands grouped and at most `fractionDigits` decimals (trailing zeros dropped). */
export function formatNumber(n: number, locale: Locale, fractionDigits = 0): string {
  if (!Number.isFinite(n)) return "—";
  const { group, decimal } = SEPARATORS[locale];
  const [whole = "0", fraction = ""] = Math.abs(n).toFixed(fractionDigits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.replace(/0+$/, "");
  const sign = n < 0 && (whole !== "0" || decimals) ? "-" : "";
  return `${sign}${grouped}${decimals ? decimal + decimals : ""}`;
}
