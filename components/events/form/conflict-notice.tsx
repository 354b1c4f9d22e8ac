"use client";
// Shown when someone else (or the same user, in another tab) saved this event
// while it was being edited. Field by field: the original, yours, theirs, and
// what saving will keep. Fields only one side changed merge by themselves; a
// field both changed asks which to keep. Nothing is written until "Save the
// merged result". It takes focus, so a user at the Save button sees it.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { ChangedField } from "@/lib/errors";
import type { EventBody } from "@/lib/schemas/event-fields";
import { mergeEdits, MERGE_GROUP_NAMES, sameGroup, type MergeChoice, type MergeGroup } from "@/lib/schemas/event-merge";
import { ConflictList } from "../conflict-list";
import { groupText, type DisplayOptions } from "./merge-display";

type Props = {
  changes: ChangedField[];
  currentVersion?: number;
  reloadHref: string;
  /** What the form holds now, what it was opened with, and what is stored now. */
  mine: EventBody;
  base?: EventBody;
  theirs?: EventBody;
  userEmail?: string;
  options: DisplayOptions;
  needsChoice: boolean;
};

export function ConflictNotice(props: Props) {
  const { changes, currentVersion, reloadHref, mine, base, theirs, userEmail, options } = props;
  const t = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Partial<Record<MergeGroup, MergeChoice>>>({});
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, [currentVersion]);

  const editors = [...new Set(changes.flatMap((c) => c.by ?? []))];
  const who = editors.map((e) => (e === userEmail ? t("form.conflictYou") : e)).join(", ");
  const merge = base && theirs ? mergeEdits(base, mine, theirs, choices) : null;
  const rows = merge
    ? MERGE_GROUP_NAMES.filter((g) => merge.theirs.includes(g) || !sameGroup(g, base ?? mine, mine))
    : [];
  const text = (g: MergeGroup, body: object) => groupText(t, options, g, body as Record<string, unknown>);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="scroll-mt-4 space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 outline-none focus:ring-2 focus:ring-amber-500"
      data-testid="conflict"
    >
      <p className="font-semibold">{who ? t("form.conflictBy", { who }) : t("form.conflictTitle")}</p>
      {merge && base && theirs ? (
        <>
          <p>{t(props.needsChoice ? "form.conflictChoose" : "form.conflictMergeHelp")}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left" data-testid="conflict-table">
              <thead>
                <tr className="border-b border-amber-300">
                  {(
                    ["conflictField", "conflictOriginal", "conflictYours", "conflictTheirs", "conflictResult"] as const
                  ).map((k) => (
                    <th key={k} scope="col" className="py-1 pr-3">
                      {t(`form.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <tr key={g} className="border-b border-amber-200 align-top" data-testid={`conflict-${g}`}>
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {t(`form.group.${g}`)}
                    </th>
                    <td className="py-1 pr-3">{text(g, base)}</td>
                    <td className="py-1 pr-3">{text(g, mine)}</td>
                    <td className="py-1 pr-3">{text(g, theirs)}</td>
                    <td className="py-1" data-testid={`merged-${g}`}>
                      {merge.both.includes(g) ? (
                        <fieldset>
                          <legend className="sr-only">{t("form.conflictPick", { field: t(`form.group.${g}`) })}</legend>
                          {(["mine", "theirs"] as const).map((c) => (
                            <label key={c} className="mr-3 inline-flex min-h-11 items-center gap-1">
                              <input
                                type="radio"
                                name={`choice.${g}`}
                                value={c}
                                checked={choices[g] === c}
                                onChange={() => setChoices((v) => ({ ...v, [g]: c }))}
                              />
                              {t(c === "mine" ? "form.keepYours" : "form.takeTheirs")}
                            </label>
                          ))}
                          {choices[g] && <div>{text(g, merge.merged)}</div>}
                        </fieldset>
                      ) : (
                        text(g, merge.merged)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : changes.length > 0 ? (
        <ConflictList changes={changes} userEmail={userEmail} />
      ) : (
        <p>{t("form.conflictUnknown")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        {merge && (
          <Button
            type="submit"
            name="resolveVersion"
            value={currentVersion}
            aria-describedby={merge.unresolved.length > 0 ? "conflict-pending" : undefined}
          >
            {t("form.conflictSaveMerged")}
          </Button>
        )}
        {/* A full page load, so the form starts again from the saved event. */}
        <a href={reloadHref} className={buttonClass("secondary")}>
          {t("form.conflictReload")}
        </a>
      </div>
      {merge && merge.unresolved.length > 0 && (
        <p id="conflict-pending">{t("form.conflictPending", { count: merge.unresolved.length })}</p>
      )}
    </div>
  );
}
