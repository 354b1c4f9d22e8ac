// One person or organisation: names, their events (within the viewer's
// regions), history, and, for admins and coordinators, edit and merge.
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { changeText } from "@/components/events/change-text";
import { EventTable } from "@/components/events/event-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUser, scopeOf } from "@/lib/authz";
import { listAuditFor } from "@/lib/data/audit";
import { findOrganization, findPerson } from "@/lib/data/directory";
import { listEventsForScope } from "@/lib/data/events";
import { can } from "@/lib/permissions";
import { parseEventFilters } from "@/lib/schemas/event-filters";
import { MergeForm } from "./merge-form";
import { RecordEditForm } from "./record-edit-form";

export async function DirectoryRecord({ kind, id }: { kind: "people" | "organizations"; id: number | null }) {
  const user = await requireUser();
  if (id === null) notFound();
  const found = kind === "people" ? await findPerson(id) : await findOrganization(id);
  if (!found) notFound();
  const record = {
    id: found.id,
    name: "fullName" in found ? found.fullName : found.name,
    aliases: found.aliases.map((a) => a.name),
    orgKind: "kind" in found ? found.kind : undefined,
    version: found.version,
  };
  const filters = parseEventFilters(kind === "people" ? { speaker: String(id) } : { organization: String(id) }).filters;
  const [t, format, events, history] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listEventsForScope(scopeOf(user), filters, { limit: 200 }),
    listAuditFor(kind === "people" ? "Person" : "Organization", id, 100),
  ]);
  return (
    <ClientMessages group="directory">
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">{record.name}</h1>
          {record.orgKind && <p className="text-slate-600">{t(`enum.orgKind.${record.orgKind}`)}</p>}
          {record.aliases.length > 0 && (
            <p className="text-sm text-slate-700" data-testid="aliases">
              {t("directory.aliases")}: {record.aliases.join(" · ")}
            </p>
          )}
        </div>
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("events.count", { count: events.total })}</h2>
          {events.items.length > 0 && <EventTable events={events.items} />}
        </section>
        {can.editDirectory(user) && (
          <section className="grid grid-cols-1 gap-6 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
            <div>
              <h2 className="mb-2 text-lg font-semibold">{t("directory.edit")}</h2>
              <RecordEditForm kind={kind} record={record} />
            </div>
            <div>
              <h2 className="mb-2 text-lg font-semibold">{t("directory.mergeHeading")}</h2>
              <p className="mb-2 text-sm text-slate-600">{t("directory.mergeHelp", { name: record.name })}</p>
              <MergeForm kind={kind} keep={{ id: record.id, name: record.name }} />
            </div>
          </section>
        )}
        {history.length > 0 && (
          <section>
            <h2 className="mb-2 text-lg font-semibold">{t("event.history")}</h2>
            <ol className="space-y-1 text-sm text-slate-700" data-testid="record-history">
              {history.map((h) => {
                const text =
                  h.action === "merge"
                    ? t("directory.historyMerge", { merged: String(h.before.merged ?? "") })
                    : h.changes.map((c) => changeText(t, c)).join("; ");
                return (
                  <li key={h.id}>
                    <span className="font-medium">{h.actorEmail}</span> {text} —{" "}
                    {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </li>
                );
              })}
            </ol>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
