// /people and /organizations: find a record by any spelling.
import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireUser, scopeOf } from "@/lib/authz";
import { eventCounts, searchOrganizations, searchPeople } from "@/lib/data/directory";

export async function DirectoryList({ kind, q }: { kind: "people" | "organizations"; q: string }) {
  const [t, user] = await Promise.all([getTranslations(), requireUser()]);
  const scope = scopeOf(user);
  const records =
    kind === "people"
      ? (await searchPeople(q, 200)).map((p) => ({ id: p.id, name: p.fullName, aliases: p.aliases, kind: null }))
      : (await searchOrganizations(q, 200)).map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, kind: o.kind }));
  const counts = await eventCounts(
    scope,
    kind,
    records.map((r) => r.id),
  );
  const rows = records.map((r) => ({ ...r, aliases: r.aliases.map((a) => a.name), events: counts.get(r.id) ?? 0 }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t(`directory.${kind}`)}</h1>
      <Form action={`/${kind}`} className="flex gap-2">
        <label htmlFor="directory-q" className="sr-only">
          {t("filters.q")}
        </label>
        <input
          id="directory-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("form.typeToSearch")}
          className="w-80 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        />
        <Button type="submit">{t("filters.apply")}</Button>
      </Form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          {t("directory.none")}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
          data-testid="directory-list"
        >
          {rows.map((r) => (
            <li key={r.id} className="flex items-baseline justify-between gap-3 p-3">
              {/* A long name or alias wraps instead of pushing the count off a phone's screen. */}
              <div className="min-w-0 wrap-anywhere">
                <Link href={`/${kind}/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>
                {r.kind && <span className="ml-2 text-xs text-slate-500">{t(`enum.orgKind.${r.kind}`)}</span>}
                {r.aliases.length > 0 && <div className="text-sm text-slate-600">{r.aliases.join(" · ")}</div>}
              </div>
              <span className="shrink-0 text-sm text-slate-600">{t("events.count", { count: r.events })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
