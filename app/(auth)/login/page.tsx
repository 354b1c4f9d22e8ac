import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { appEnv } from "@/lib/app-env";
import { currentUser } from "@/lib/authz";
import { safeCallbackUrl } from "@/lib/schemas/auth";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Already signed in (and still active): nothing to do here.
  if (await currentUser()) redirect(safeCallbackUrl(callbackUrl));
  const t = await getTranslations();
  return (
    <ClientMessages group="login">
      <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
        <div className="mb-6 flex items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold text-brand-700">{t("app.name")}</p>
            <h1 className="text-2xl font-bold">{t("login.title")}</h1>
          </div>
          <LocaleSwitcher />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="mb-4 text-sm text-slate-600">{t("login.intro")}</p>
          <LoginForm callbackUrl={safeCallbackUrl(callbackUrl)} />
        </div>
        {appEnv() !== "production" && <p className="mt-4 text-xs text-slate-500">{t("login.demoHint")}</p>}
      </main>
    </ClientMessages>
  );
}
