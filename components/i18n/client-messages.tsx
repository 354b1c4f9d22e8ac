// Hands the client components below it only the messages their group reads
// (lib/i18n/client-namespaces.ts), not the whole catalogue.
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, type ClientGroup } from "@/lib/i18n/client-namespaces";

export async function ClientMessages({ group, children }: { group: ClientGroup; children: React.ReactNode }) {
  const all = await getMessages();
  // A provider replaces the one above it, so the shell's messages come along
  // for the shell's own client components inside a page (the login page's language switch).
  const entries: readonly string[] = [...CLIENT_NAMESPACES.shell, ...CLIENT_NAMESPACES[group]];
  const whole = new Set(entries.filter((e) => !e.includes(".")));
  const catalogue: AbstractIntlMessages = all;
  const messages: AbstractIntlMessages = {};
  for (const entry of entries) {
    const [ns = "", key] = entry.split(".");
    const source = catalogue[ns];
    if (source === undefined) continue;
    if (key === undefined || whole.has(ns) || typeof source === "string") {
      messages[ns] = source;
      continue;
    }
    const picked = messages[ns];
    const value = source[key];
    if (value !== undefined) messages[ns] = { ...(typeof picked === "object" ? picked : {}), [key]: value };
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
