// The two ways in on the import page: a spreadsheet file or news articles.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function ImportTabs({ current }: { current: "file" | "articles" }) {
  const t = await getTranslations("intake.tabs");
  const tabs = [
    { key: "file", href: "/events/import" },
    { key: "articles", href: "/events/import/articles" },
  ] as const;
  return (
    <nav className="flex flex-wrap gap-2 border-b border-slate-200" aria-label={`${t("file")} / ${t("articles")}`}>
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className="-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-3 text-sm font-medium text-slate-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
