"use client";
// Shown when someone else saved this event while it was being edited: what they
// changed, and the choice to keep one's own values or start from theirs.
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import type { ChangedField } from "@/lib/errors";
import { changeText } from "../change-text";

type Props = {
  changes: ChangedField[];
  /** The version now stored: "save my version anyway" submits the form against it. */
  overwriteVersion?: number;
  reloadHref: string;
};

export function ConflictNotice({ changes, overwriteVersion, reloadHref }: Props) {
  const t = useTranslations();
  return (
    <div
      role="status"
      className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950"
      data-testid="conflict"
    >
      <p className="font-semibold">{t("form.conflictTitle")}</p>
      {changes.length > 0 ? (
        <ul className="list-disc pl-5">
          {changes.map((c) => (
            <li key={c.field}>
              {c.by ? `${c.by}: ` : ""}
              {changeText(t, c)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("form.conflictUnknown")}</p>
      )}
      <p>{t("form.conflictHelp")}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="overrideVersion" value={overwriteVersion}>
          {t("form.conflictOverwrite")}
        </Button>
        {/* A full page load, so the form starts again from the saved event. */}
        <a href={reloadHref} className={buttonClass("secondary")}>
          {t("form.conflictReload")}
        </a>
      </div>
    </div>
  );
}
