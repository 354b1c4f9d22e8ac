"use client";
// Edit a person's or organisation's name and aliases (one per line). The save
// carries the version and the record as the form was opened, so a merge or an
// edit made meanwhile is merged, not undone (lib/data/directory-writes.ts).
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { ConflictList } from "@/components/events/conflict-list";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button } from "@/components/ui/button";
import { FieldError as FieldMessage, invalidProps, controlClass } from "@/components/ui/form-field";
import { saveRecord, type DirectoryFormState } from "@/lib/actions/directory";
import { ORG_KINDS } from "@/lib/domain/enums";

type Props = {
  kind: "people" | "organizations";
  record: { id: number; name: string; aliases: string[]; orgKind?: string; version: number };
};

export function RecordEditForm({ kind, record }: Props) {
  const t = useTranslations();
  const [name, setName] = useState(record.name);
  const [aliases, setAliases] = useState(record.aliases.join("\n"));
  const [orgKind, setOrgKind] = useState(record.orgKind ?? "other");
  const [state, dispatch, pending] = useActionState<DirectoryFormState, Parameters<typeof saveRecord>[1]>(
    saveRecord,
    {},
  );
  // The record as this form opened it. When the page shows a newer version (a
  // save or a merge here), the form starts from it unless the user has typed
  // since; then the save sends the old version and this base, and the server
  // merges instead of undoing the newer change.
  const [opened, setOpened] = useState(record);
  if (record.version !== opened.version) {
    const dirty =
      name !== opened.name || aliases !== opened.aliases.join("\n") || orgKind !== (opened.orgKind ?? "other");
    if (!dirty || state.result?.ok) {
      setOpened(record);
      setName(record.name);
      setAliases(record.aliases.join("\n"));
      setOrgKind(record.orgKind ?? "other");
    }
  }
  const err = useFieldError(state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {});
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const list = aliases
          .split("\n")
          .map((a) => a.trim())
          .filter(Boolean);
        startTransition(() =>
          dispatch({
            kind,
            id: record.id,
            name,
            aliases: list,
            kind_: kind === "organizations" ? orgKind : undefined,
            version: opened.version,
            base: { name: opened.name, aliases: opened.aliases, kind: opened.orgKind },
          }),
        );
      }}
    >
      <div>
        <label htmlFor="record-name" className="block text-sm font-medium">
          {t("directory.name")}
        </label>
        <input
          id="record-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={controlClass}
          {...invalidProps("record-name", err("name"))}
        />
        <FieldMessage id="record-name" message={err("name")} />
      </div>
      {kind === "organizations" && (
        <div>
          <label htmlFor="record-kind" className="block text-sm font-medium">
            {t("directory.kind")}
          </label>
          <select
            id="record-kind"
            value={orgKind}
            onChange={(e) => setOrgKind(e.target.value)}
            className={controlClass}
          >
            {ORG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enum.orgKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="record-aliases" className="block text-sm font-medium">
          {t("directory.aliasesHelp")}
        </label>
        <textarea
          id="record-aliases"
          rows={4}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          className={controlClass}
          {...invalidProps("record-aliases", err("aliases"))}
        />
        <FieldMessage id="record-aliases" message={err("aliases")} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("directory.save")}
        </Button>
        <span role="status" className="text-sm text-slate-800">
          {state.result?.ok
            ? t("directory.saved")
            : state.result?.code === "conflict"
              ? t("directory.conflict")
              : state.result && !state.result.fieldErrors
                ? t.has(state.result.message)
                  ? t(state.result.message)
                  : t("errors.errorBody")
                : ""}
        </span>
      </div>
      {state.result && !state.result.ok && <ConflictList changes={state.result.conflict} />}
    </form>
  );
}
