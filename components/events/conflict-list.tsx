"use client";
// What others changed since a form was opened, one line per field ("admin@demo.kz:
// name A → B"; "you, in another tab" when it was the user), for the refusals
// of forms without a field-by-field merge.
import { useTranslations } from "next-intl";
import type { ChangedField } from "@/lib/errors";
import { changeText } from "./change-text";

export function ConflictList({ changes, userEmail }: { changes?: ChangedField[]; userEmail?: string }) {
  const t = useTranslations();
  if (!changes?.length) return null;
  return (
    <ul className="list-disc pl-5 text-sm" data-testid="conflict-changes">
      {changes.map((c) => (
        <li key={c.field}>
          {c.by ? `${c.by === userEmail ? t("form.conflictYou") : c.by}: ` : ""}
          {changeText(t, c)}
        </li>
      ))}
    </ul>
  );
}
