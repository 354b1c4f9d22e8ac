import { getTranslations } from "next-intl/server";
import { DirectoryList } from "@/components/directory/directory-list";
import { requireUser } from "@/lib/authz";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory"))("organizations") };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireUser();
  const { q } = await searchParams;
  return <DirectoryList kind="organizations" q={typeof q === "string" ? q.slice(0, 100) : ""} />;
}
