import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportTabs } from "@/components/import/import-tabs";
import { ArticleIntake } from "@/components/intake/article-intake";
import { requireUser } from "@/lib/authz";
import { allRegionsWithDistricts, campaignsNewestFirst } from "@/lib/data/regions";
import { dayIn } from "@/lib/domain/clock";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("intake"))("title") };
}

export default async function ArticleIntakePage() {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can.createAnyEvent(user)) {
    forbidden();
  }
  const locale = (await getLocale()) as Locale;
  const [regions, campaigns] = await Promise.all([allRegionsWithDistricts(), campaignsNewestFirst()]);
  const lists = {
    regions: regions.map((r) => ({
      iso: r.iso,
      name: localName(r, locale),
      districts: r.districts.map((d) => ({ id: d.id, name: localName(d, locale) })),
    })),
    campaigns: campaigns.map((c) => ({ slug: c.slug, name: localName(c, locale) })),
    today: dayIn(),
  };
  return (
    <ClientMessages group="intake">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("intake.title")}</h1>
        <ImportTabs current="articles" />
        <p className="max-w-3xl text-sm text-slate-700">{t("intake.intro")}</p>
        <noscript>
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{t("import.needsJs")}</p>
        </noscript>
        <ArticleIntake lists={lists} />
      </div>
    </ClientMessages>
  );
}
