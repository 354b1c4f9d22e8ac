import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditFor } from "@/lib/data/audit";

type Entry = Awaited<ReturnType<typeof listAuditFor>>[number];

export async function EventHistory({ entries }: { entries: Entry[] }) {
  const [t, format] = await Promise.all([getTranslations("event"), getFormatter()]);
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("history")}
      </h2>
      <ol className="space-y-1 text-sm text-slate-700" data-testid="event-history">
        {entries.map((e) => (
          <li key={e.id}>
            {t("historyEntry", {
              actor: e.actorEmail,
              action: t.has(`audit.${e.action}`) ? t(`audit.${e.action}`) : e.action,
              date: format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
