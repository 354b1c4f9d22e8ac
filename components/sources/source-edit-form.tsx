"use client";
// Edit a source document on its own page. It says how many events cite it,
// because a change here changes what every one of them shows. The save carries
// the version it was read at; a save after someone else's is refused with what
// they changed. A real <form>: it saves without JavaScript too.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConflictList } from "@/components/events/conflict-list";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { saveSource, type SaveSourceState, type SourceFormValues } from "@/lib/actions/sources";
import { LANGUAGES } from "@/lib/domain/enums";

type Props = { id: number; version: number; citing: number; initial: SourceFormValues; userEmail: string };

export function SourceEditForm({ id, version, citing, initial, userEmail }: Props) {
  const t = useTranslations();
  const [state, dispatch, pending] = useActionState<SaveSourceState, FormData>(saveSource, {});
  const values = state.values ?? initial;
  const result = state.result;
  const err = useFieldError(result?.fieldErrors ?? {});
  // Uncontrolled fields: after a refused save React resets the form to these
  // defaults, which are then what was typed.
  return (
    <form action={dispatch} noValidate className="space-y-4" aria-busy={pending}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="source-citing">
        {t("source.editWarning", { count: citing })}
      </p>
      {result?.status === 409 && (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm"
          data-testid="conflict"
        >
          <p className="font-semibold">{t("source.conflict")}</p>
          <ConflictList changes={result.conflict} userEmail={userEmail} />
          <a href={`/sources/${id}`} className={buttonClass("secondary")}>
            {t("form.conflictReload")}
          </a>
        </div>
      )}
      {result && result.status !== 409 && !result.fieldErrors && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t.has(result.message) ? t(result.message) : t("errors.errorBody")}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="title"
          name="title"
          label={t("source.title")}
          defaultValue={values.title}
          error={err("title")}
          className="sm:col-span-2"
        />
        <TextField
          id="outlet"
          name="outlet"
          label={t("form.source_outlet")}
          defaultValue={values.outlet}
          error={err("outlet")}
        />
        <TextField
          id="url"
          name="url"
          type="url"
          label={t("form.source_url")}
          defaultValue={values.url}
          error={err("url")}
        />
        <TextField
          id="publishedAt"
          name="publishedAt"
          type="date"
          label={t("form.source_publishedAt")}
          defaultValue={values.publishedAt}
          error={err("publishedAt")}
        />
        <SelectField
          id="language"
          name="language"
          label={t("event.sourceLanguage")}
          defaultValue={values.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`enum.language.${l}`) }))}
          error={err("language")}
        />
        <TextAreaField
          id="text"
          name="text"
          rows={10}
          label={t("source.text")}
          defaultValue={values.text}
          error={err("text")}
          className="sm:col-span-2"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("form.saving") : t("source.save")}
      </Button>
    </form>
  );
}
