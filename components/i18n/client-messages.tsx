// Hands the client components below it only the messages their group reads
// (lib/i18n/client-namespaces.ts), not the whole catalogue.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, type ClientGroup } from "@/lib/i18n/client-namespaces";

export async function ClientMessages({ group, children }: { group: ClientGroup; children: React.ReactNode }) {
  const all = await getMessages();
  // A provider replaces the one above it, so the shell's messages come along
  // for the shell's own client components inside a page (the login page's language switch).
  const namespaces = new Set<string>([...CLIENT_NAMESPACES.shell, ...CLIENT_NAMESPACES[group]]);
  const messages = Object.fromEntries([...namespaces].flatMap((ns) => (ns in all ? [[ns, all[ns]]] : [])));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
