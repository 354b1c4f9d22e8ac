import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { logout, logoutEverywhere } from "@/lib/actions/auth";
import { scopeOf } from "@/lib/authz";
import { regionNamesByIds } from "@/lib/data/regions";
import type { SessionUser } from "@/lib/domain/session-user";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";

export async function AppHeader({ user }: { user: SessionUser }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const scope = scopeOf(user);
  const regions = scope.regionIds === null ? [] : await regionNamesByIds(scope.regionIds);
  const scopeText =
    scope.regionIds === null
      ? t("user.scopeNational")
      : t("user.scopeRegions", { regions: regions.map((r) => localName(r, locale)).join(", ") });
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:py-3">
        <Link href="/events" className="text-lg font-bold text-brand-700">
          {t("app.name")}
        </Link>
        <HeaderMenu label={t("nav.menu")}>
          <nav aria-label={t("nav.main")} className="flex flex-col gap-1 md:flex-row">
            <NavLink href="/events">{t("nav.events")}</NavLink>
            <NavLink href="/dashboard">{t("nav.dashboard")}</NavLink>
            <NavLink href="/people">{t("nav.people")}</NavLink>
            <NavLink href="/organizations">{t("nav.organizations")}</NavLink>
            {can.manageUsers(user) && <NavLink href="/admin/users">{t("nav.users")}</NavLink>}
          </nav>
          <div className="flex flex-wrap items-center gap-3 md:ml-auto">
            <LocaleSwitcher />
            <div className="text-sm md:text-right" data-testid="current-user">
              <div className="font-medium">{user.email}</div>
              <div className="text-slate-600">
                <span data-testid="current-role">{t(`user.role.${user.role}`)}</span> · {scopeText}
              </div>
            </div>
            <form action={logout}>
              <Button type="submit" variant="secondary">
                {t("user.signOut")}
              </Button>
            </form>
            <form action={logoutEverywhere}>
              <Button type="submit" variant="secondary" title={t("user.signOutEverywhereHelp")}>
                {t("user.signOutEverywhere")}
              </Button>
            </form>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
