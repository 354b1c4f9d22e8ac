// The signed-in shell. It shows who is signed in; it decides nothing about
// access (pages and actions check for themselves).
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { IdleWarning } from "@/components/shell/idle-warning";
import { requireUser } from "@/lib/authz";
import { sessionLimits } from "@/lib/session-limits";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [user, t] = await Promise.all([requireUser(), getTranslations("app")]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <IdleWarning idleMinutes={sessionLimits().idleMinutes} />
    </>
  );
}
