import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { requireUser } from "@/lib/authz";
import type { DashboardParams } from "@/lib/schemas/dashboard";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<DashboardParams> }) {
  const user = await requireUser();
  return <DashboardView user={user} params={await searchParams} />;
}
