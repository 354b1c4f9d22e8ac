import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/admin/password-form";
import { UserForm } from "@/components/admin/user-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { setUserActive } from "@/lib/actions/users";
import { requireUser } from "@/lib/authz";
import { filterOptionsForScope } from "@/lib/data/filter-options";
import { listUsers } from "@/lib/data/users";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const user = await requireUser();
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  if (!can.manageUsers(user)) {
    forbidden();
  }
  const [users, options] = await Promise.all([
    listUsers(),
    filterOptionsForScope({ userId: user.id, role: "admin", regionIds: null }),
  ]);
  const { error } = await searchParams;
  const regions = options.regions.map((r) => ({ iso: r.iso, name: localName(r, locale) }));
  return (
    <ClientMessages group="users">
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("users.title")}</h1>
        {typeof error === "string" && t.has(error) && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(error)}
          </p>
        )}
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 text-lg font-semibold">{t("users.createTitle")}</h2>
          <UserForm regions={regions} />
        </section>
        <ul className="space-y-3" data-testid="users">
          {users.map((u) => (
            <li
              key={u.id}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid="user-row"
              data-email={u.email}
            >
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{u.email}</span> · {u.name} · {t(`user.role.${u.role}`)}
                  {u.regions.length > 0 && <> · {u.regions.map((r) => localName(r.region, locale)).join(", ")}</>}
                  {!u.active && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{t("users.inactive")}</span>}
                </summary>
                <div className="mt-3 space-y-4">
                  <UserForm
                    regions={regions}
                    user={{
                      id: u.id,
                      email: u.email,
                      name: u.name,
                      role: u.role,
                      regions: u.regions.map((r) => r.region.iso),
                      version: u.version,
                    }}
                  />
                  <PasswordForm userId={u.id} />
                  {u.id !== user.id && (
                    <form action={setUserActive}>
                      <input type="hidden" name="id" value={u.id} />
                      <input type="hidden" name="active" value={String(!u.active)} />
                      <Button type="submit" variant="secondary">
                        {u.active ? t("users.deactivate") : t("users.activate")}
                      </Button>
                    </form>
                  )}
                </div>
              </details>
            </li>
          ))}
        </ul>
      </div>
    </ClientMessages>
  );
}
