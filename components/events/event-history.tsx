import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntryView } from "@/lib/data/audit";
import { changeText } from "./change-text";

// Actions whose entry lists the fields they changed.
const CHANGING = new Set(["update", "rename", "merge"]);

/**
 * A record's history in plain language: "coordinator@demo.kz changed audience
 * size 300 → 500". `createKey` says what creating this kind of record reads as.
 */
export async function EventHistory({
  entries,
  createKey = "history.create",
}: {
  entries: AuditEntryView[];
  createKey?: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("event.history")}
      </h2>
      <ol className="space-y-2 text-sm text-slate-700" data-testid="event-history">
        {entries.map((e) => {
          const when = format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" });
          const changes = CHANGING.has(e.action) ? e.changes.filter((c) => c.field !== "merged") : [];
          const lead =
            e.action === "create"
              ? t(createKey)
              : e.action !== "update" && t.has(`history.${e.action}`)
                ? t(`history.${e.action}`)
                : "";
          return (
            <li key={e.id}>
              <span className="font-medium">{e.actorEmail}</span> {lead}
              {lead && changes.length > 0 ? ": " : " "}
              {CHANGING.has(e.action) &&
                (changes.length === 0 && e.action === "update"
                  ? t("history.savedUnchanged")
                  : changes.length > 0
                    ? t("history.changed", { changes: changes.map((c) => changeText(t, c)).join("; ") })
                    : "")}
              {e.via && (
                <span data-testid="history-via">
                  {" "}
                  (
                  {"import" in e.via
                    ? t("history.imported", { file: e.via.import, row: e.via.row })
                    : "mergedFrom" in e.via
                      ? t("history.mergedFrom", { id: e.via.mergedFrom })
                      : t("history.mergedInto", { id: e.via.mergedInto })}
                  )
                </span>
              )}{" "}
              <span className="text-slate-500">— {when}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
