"use client";
import { useTranslations } from "next-intl";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button } from "@/components/ui/button";
import { FieldError as FieldMessage, invalidProps, TextAreaField, controlClass } from "@/components/ui/form-field";
import { ORG_ROLES } from "@/lib/domain/enums";
import type { FieldErrors } from "@/lib/schemas/event";
import { rowKey, type OrganizationRow, type SpeakerRow } from "@/lib/schemas/event-fields";
import { LIST_TEXT, organizationLines, speakerLines } from "@/lib/schemas/event-fields-text";
import { DirectoryPicker } from "./directory-picker";

export function SpeakersEditor({
  rows,
  onChange,
  errors,
}: {
  rows: SpeakerRow[];
  onChange: (update: (rows: SpeakerRow[]) => SpeakerRow[]) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("form");
  const err = useFieldError(errors);
  // Each change applies to the rows as they are when it lands, not as this
  // render saw them, and to its row by key: a choice reported after rendering
  // (the pickers') and a keystroke right after it must not undo each other.
  const set = (key: string, patch: Partial<SpeakerRow>) =>
    onChange((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{t("speakers")}</legend>
      {rows.map((row, i) => (
        <div
          key={row.key}
          className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 noscript:hidden sm:grid-cols-[1fr_1fr_1fr_auto]"
          data-testid="speaker-row"
        >
          <DirectoryPicker
            kind="people"
            id={`speaker-${i}-person`}
            label={t("speakerPerson")}
            value={row.person}
            onChange={(person) => set(row.key, { person })}
            error={err(`speakers.${i}.person`)}
          />
          <div>
            <label htmlFor={`speaker-${i}-role`} className="field-label">
              {t("speakerRole")}
            </label>
            <input
              id={`speaker-${i}-role`}
              value={row.role}
              onChange={(e) => set(row.key, { role: e.target.value })}
              className={controlClass}
              {...invalidProps(`speaker-${i}-role`, err(`speakers.${i}.role`))}
            />
            <FieldMessage id={`speaker-${i}-role`} message={err(`speakers.${i}.role`)} />
          </div>
          <DirectoryPicker
            kind="organizations"
            id={`speaker-${i}-org`}
            label={t("speakerOrganization")}
            value={row.organization}
            onChange={(organization) => set(row.key, { organization })}
            error={err(`speakers.${i}.organization`)}
          />
          <Button
            type="button"
            variant="ghost"
            className="self-center"
            onClick={() => onChange((now) => now.filter((r) => r.key !== row.key))}
            aria-label={t("removeSpeaker", { n: i + 1 })}
          >
            ✕
          </Button>
        </div>
      ))}
      <FieldMessage id="speakers" message={err("speakers") && !rows.length ? err("speakers") : undefined} />
      {/* The pickers need JavaScript; without it the speakers are typed as lines. */}
      <noscript>
        <TextAreaField
          id={LIST_TEXT.speakers}
          name={LIST_TEXT.speakers}
          label={t("speakersText")}
          rows={4}
          defaultValue={speakerLines(rows)}
          error={err("speakers")}
        />
      </noscript>
      <Button
        type="button"
        variant="secondary"
        className="noscript:hidden"
        onClick={() => onChange((now) => [...now, { key: rowKey(), person: null, role: "", organization: null }])}
      >
        {t("addSpeaker")}
      </Button>
    </fieldset>
  );
}

export function OrganizationsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: OrganizationRow[];
  onChange: (update: (rows: OrganizationRow[]) => OrganizationRow[]) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations();
  const err = useFieldError(errors);
  const set = (key: string, patch: Partial<OrganizationRow>) =>
    onChange((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{t("form.organizations")}</legend>
      {rows.map((row, i) => (
        <div
          key={row.key}
          className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 noscript:hidden sm:grid-cols-[2fr_1fr_auto]"
          data-testid="organization-row"
        >
          <DirectoryPicker
            kind="organizations"
            id={`org-${i}`}
            label={t("form.organization")}
            value={row.organization}
            onChange={(organization) => set(row.key, { organization })}
            error={err(`organizations.${i}.organization`)}
          />
          <div>
            <label htmlFor={`org-${i}-role`} className="field-label">
              {t("form.organizationRole")}
            </label>
            <select
              id={`org-${i}-role`}
              value={row.role}
              onChange={(e) => set(row.key, { role: e.target.value as OrganizationRow["role"] })}
              className={controlClass}
            >
              <option value="host">{t("enum.orgRole.host")}</option>
              <option value="participant">{t("enum.orgRole.participant")}</option>
            </select>
          </div>
          <Button
            type="button"
            variant="ghost"
            className="self-center"
            onClick={() => onChange((now) => now.filter((r) => r.key !== row.key))}
            aria-label={t("form.removeOrganization", { n: i + 1 })}
          >
            ✕
          </Button>
        </div>
      ))}
      <noscript>
        {ORG_ROLES.map((role) => (
          <TextAreaField
            key={role}
            id={LIST_TEXT[role]}
            name={LIST_TEXT[role]}
            label={t(`form.${role}sText`)}
            rows={3}
            defaultValue={organizationLines(rows, role)}
            error={role === "host" ? err("organizations") : undefined}
          />
        ))}
      </noscript>
      <Button
        type="button"
        variant="secondary"
        className="noscript:hidden"
        onClick={() => onChange((now) => [...now, { key: rowKey(), organization: null, role: "host" }])}
      >
        {t("form.addOrganization")}
      </Button>
    </fieldset>
  );
}
