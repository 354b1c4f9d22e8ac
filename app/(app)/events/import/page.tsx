import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportTabs } from "@/components/import/import-tabs";
import { ImportWizard } from "@/components/import/import-wizard";
import { requireUser } from "@/lib/authz";
import { listImportMappings } from "@/lib/data/imports";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can.createAnyEvent(user)) {
    forbidden();
  }
  const mappings = (await listImportMappings()).map((m) => m.name);
  return (
    <ClientMessages group="import">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("import.title")}</h1>
        <ImportTabs current="file" />
        <p className="max-w-3xl text-sm text-slate-700">{t("import.intro")}</p>
        <noscript>
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{t("import.needsJs")}</p>
        </noscript>
        <ImportWizard mappings={mappings} />
      </div>
    </ClientMessages>
  );
}
