import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntryView } from "@/lib/data/audit";
import { changeText } from "./change-text";

/** The event's history in plain language: "coordinator@demo.kz changed audience size 300 → 500". */
export async function EventHistory({ entries }: { entries: AuditEntryView[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("event.history")}
      </h2>
      <ol className="space-y-2 text-sm text-slate-700" data-testid="event-history">
        {entries.map((e) => {
          const when = format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" });
          const changes = e.action === "update" ? e.changes : [];
          return (
            <li key={e.id}>
              <span className="font-medium">{e.actorEmail}</span>{" "}
              {e.action === "update"
                ? changes.length === 0
                  ? t("history.savedUnchanged")
                  : t("history.changed", { changes: changes.map((c) => changeText(t, c)).join("; ") })
                : t.has(`history.${e.action}`)
                  ? t(`history.${e.action}`)
                  : e.action}{" "}
              <span className="text-slate-500">— {when}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
