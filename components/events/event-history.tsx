import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditFor } from "@/lib/data/audit";
import { changeText, type Change } from "./change-text";

type Entry = Awaited<ReturnType<typeof listAuditFor>>[number];

function changesOf(e: Entry): Change[] {
  const before = JSON.parse(e.before ?? "{}") as Record<string, Change["before"]>;
  const after = JSON.parse(e.after ?? "{}") as Record<string, Change["after"]>;
  return Object.keys(after).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The event's history in plain language: "coordinator@demo.kz changed audience size 300 → 500". */
export async function EventHistory({ entries }: { entries: Entry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("event.history")}
      </h2>
      <ol className="space-y-2 text-sm text-slate-700" data-testid="event-history">
        {entries.map((e) => {
          const when = format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" });
          const changes = e.action === "update" ? changesOf(e) : [];
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
