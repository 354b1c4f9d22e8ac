"use client";
// Language choice: changes on selection (a button is there without JavaScript).
import { useLocale, useTranslations } from "next-intl";
import { setLocale } from "@/lib/actions/locale";
import { LOCALES } from "@/lib/i18n/config";

export function LocaleSwitcher() {
  const t = useTranslations("locale");
  const locale = useLocale();
  return (
    <form action={setLocale} className="flex items-center gap-2">
      <label htmlFor="locale-select" className="sr-only">
        {t("label")}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(l)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="text-sm underline">
          {t("save")}
        </button>
      </noscript>
    </form>
  );
}
