import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { requireUser, scopeOf } from "@/lib/authz";
import { regionByIso, regionNamesByIds } from "@/lib/data/regions";
import { localName, type Locale } from "@/lib/i18n/config";
import type { DashboardParams } from "@/lib/schemas/dashboard";
import type { Metadata } from "next";

type Props = { params: Promise<{ iso: string }>; searchParams: Promise<DashboardParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await regionByIso((await params).iso);
  const names = region ? await regionNamesByIds([region.id]) : [];
  const t = await getTranslations("dashboard");
  return {
    title: names[0] ? t("regionTitle", { region: localName(names[0], (await getLocale()) as Locale) }) : t("title"),
  };
}

export default async function RegionDashboardPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const region = await regionByIso((await params).iso.toUpperCase());
  // A region outside the viewer's scope does not exist for them.
  const scope = scopeOf(user);
  if (!region || (scope.regionIds !== null && !scope.regionIds.includes(region.id))) notFound();
  return <DashboardView user={user} params={await searchParams} region={region} />;
}
