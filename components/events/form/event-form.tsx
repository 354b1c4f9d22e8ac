"use client";
// The event form, for creating and editing. It validates with the same zod
// schema as the server, keeps everything typed when a save is refused, and on
// an edit conflict shows what the other person changed.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { saveEvent, type SaveEventState } from "@/lib/actions/events";
import { DATE_PRECISIONS, EARLIEST_DATE, eventInputSchema, fieldErrorsOf, type FieldErrors } from "@/lib/schemas/event";
import { AUDIENCE_TYPES, EVENT_FORMATS, EVENT_STATUSES } from "@/lib/schemas/event-filters";
import { ConflictNotice } from "./conflict-notice";
import { useFieldError } from "./field-errors";
import { FieldMessage, invalidProps } from "./field-message";
import { OrganizationsEditor, SpeakersEditor } from "./speakers-editor";
import { toInput, type FormValues } from "./values";

export type FormOptions = {
  campaigns: Array<{ slug: string; name: string }>;
  regions: Array<{ iso: string; name: string; districts: Array<{ id: number; name: string }> }>;
  latestDate: string;
};

type Props = { initial: FormValues; options: FormOptions; eventId?: number; version?: number };

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
const label = "block text-sm font-medium text-slate-800";

export function EventForm({ initial, options, eventId, version: initialVersion }: Props) {
  const t = useTranslations();
  const [values, setValues] = useState<FormValues>(initial);
  const [version, setVersion] = useState(initialVersion);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [state, dispatch, pending] = useActionState<SaveEventState, Parameters<typeof saveEvent>[1]>(saveEvent, {});
  const formRef = useRef<HTMLFormElement>(null);
  const result = state.result;
  const errors: FieldErrors = clientErrors ?? result?.fieldErrors ?? {};
  const err = useFieldError(errors);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  // After a refused save, move focus to the first field that needs attention.
  useEffect(() => {
    if (Object.keys(clientErrors ?? state.result?.fieldErrors ?? {}).length === 0) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state, clientErrors]);

  function submit(e: React.FormEvent, overrideVersion?: number) {
    e.preventDefault();
    const payload = toInput(values);
    const parsed = eventInputSchema.safeParse(payload);
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setClientErrors(null);
    const v = overrideVersion ?? version;
    if (overrideVersion !== undefined) setVersion(overrideVersion);
    startTransition(() => dispatch({ id: eventId, version: v, input: payload }));
  }

  const region = options.regions.find((r) => r.iso === values.region);
  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} onSubmit={(e) => submit(e)} noValidate className="space-y-6" aria-busy={pending}>
      {errorCount > 0 && (
        <p
          role="status"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-errors"
        >
          {t("form.fixFields", { count: errorCount })}
        </p>
      )}
      {result && !result.fieldErrors && result.status !== 409 && (
        <p
          role="status"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-message"
        >
          {t.has(result.message) ? t(result.message) : t("errors.errorBody")}
        </p>
      )}
      {result?.status === 409 && (
        <ConflictNotice
          changes={result.conflict ?? []}
          onOverwrite={(e) => submit(e, result.currentVersion)}
          reloadHref={`/events/${eventId}/edit`}
        />
      )}

      <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="title" className={label}>
            {t("form.title")}
          </label>
          <input
            id="title"
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            className={input}
            {...invalidProps("title", err("title"))}
          />
          <FieldMessage id="title" message={err("title")} />
        </div>
        <div>
          <label htmlFor="campaign" className={label}>
            {t("form.campaign")}
          </label>
          <select
            id="campaign"
            value={values.campaign}
            onChange={(e) => set("campaign", e.target.value)}
            className={input}
            {...invalidProps("campaign", err("campaign"))}
          >
            <option value="">{t("form.choose")}</option>
            {options.campaigns.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldMessage id="campaign" message={err("campaign")} />
        </div>
        <div>
          <label htmlFor="status" className={label}>
            {t("form.status")}
          </label>
          <select
            id="status"
            value={values.status}
            onChange={(e) => set("status", e.target.value)}
            className={input}
            {...invalidProps("status", err("status"))}
          >
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`enum.status.${s}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="status" message={err("status")} />
        </div>
        <div>
          <label htmlFor="date" className={label}>
            {t("form.date")}
          </label>
          <input
            id="date"
            type="date"
            min={EARLIEST_DATE}
            max={options.latestDate}
            value={values.date}
            onChange={(e) => set("date", e.target.value)}
            className={input}
            {...invalidProps("date", err("date"))}
          />
          <FieldMessage id="date" message={err("date")} />
        </div>
        <div>
          <label htmlFor="datePrecision" className={label}>
            {t("form.datePrecision")}
          </label>
          <select
            id="datePrecision"
            value={values.datePrecision}
            onChange={(e) => set("datePrecision", e.target.value)}
            className={input}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`export.precision.${p}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="datePrecision" message={err("datePrecision")} />
        </div>
        <div>
          <label htmlFor="region" className={label}>
            {t("form.region")}
          </label>
          <select
            id="region"
            value={values.region}
            onChange={(e) => setValues((v) => ({ ...v, region: e.target.value, district: "" }))}
            className={input}
            {...invalidProps("region", err("region"))}
          >
            <option value="">{t("form.choose")}</option>
            {options.regions.map((r) => (
              <option key={r.iso} value={r.iso}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldMessage id="region" message={err("region")} />
        </div>
        <div>
          <label htmlFor="district" className={label}>
            {t("form.district")}
          </label>
          <select
            id="district"
            value={values.district}
            onChange={(e) => set("district", e.target.value)}
            disabled={!region}
            className={input}
            {...invalidProps("district", err("district"))}
          >
            <option value="">{region ? t("form.noDistrict") : t("form.chooseRegionFirst")}</option>
            {region?.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <FieldMessage id="district" message={err("district")} />
        </div>
        <div>
          <label htmlFor="locality" className={label}>
            {t("form.locality")}
          </label>
          <input
            id="locality"
            value={values.locality}
            onChange={(e) => set("locality", e.target.value)}
            className={input}
            {...invalidProps("locality", err("locality"))}
          />
          <FieldMessage id="locality" message={err("locality")} />
        </div>
        <div>
          <label htmlFor="format" className={label}>
            {t("form.format")}
          </label>
          <select id="format" value={values.format} onChange={(e) => set("format", e.target.value)} className={input}>
            {EVENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`enum.format.${f}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="format" message={err("format")} />
        </div>
        <fieldset className="sm:col-span-2">
          <legend className={label}>{t("form.audiences")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {AUDIENCE_TYPES.map((a) => (
              <label key={a} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={values.audiences.includes(a)}
                  onChange={(e) =>
                    set(
                      "audiences",
                      e.target.checked ? [...values.audiences, a] : values.audiences.filter((x) => x !== a),
                    )
                  }
                />
                {t(`enum.audience.${a}`)}
              </label>
            ))}
          </div>
          <FieldMessage id="audiences" message={err("audiences")} />
        </fieldset>
        <div>
          <label htmlFor="audienceSize" className={label}>
            {t("form.audienceSize")}
          </label>
          <input
            id="audienceSize"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.audienceSize}
            onChange={(e) => set("audienceSize", e.target.value)}
            className={input}
            {...invalidProps("audienceSize", err("audienceSize"))}
          />
          <FieldMessage id="audienceSize" message={err("audienceSize")} />
        </div>
        <label className="flex items-center gap-2 self-center text-sm">
          <input
            type="checkbox"
            checked={values.audienceEstimate}
            onChange={(e) => set("audienceEstimate", e.target.checked)}
          />
          {t("form.audienceEstimate")}
        </label>
        <div className="sm:col-span-2">
          <label htmlFor="summary" className={label}>
            {t("form.summary")}
          </label>
          <textarea
            id="summary"
            rows={4}
            value={values.summary}
            onChange={(e) => set("summary", e.target.value)}
            className={input}
            {...invalidProps("summary", err("summary"))}
          />
          <FieldMessage id="summary" message={err("summary")} />
        </div>
      </section>

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <SpeakersEditor rows={values.speakers} onChange={(rows) => set("speakers", rows)} errors={errors} />
        <OrganizationsEditor
          rows={values.organizations}
          onChange={(rows) => set("organizations", rows)}
          errors={errors}
        />
      </section>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold">{t("form.source")}</legend>
        {(["url", "outlet", "publishedAt"] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`source-${k}`} className={label}>
              {t(`form.source_${k}`)}
            </label>
            <input
              id={`source-${k}`}
              type={k === "publishedAt" ? "date" : k === "url" ? "url" : "text"}
              value={values.source[k]}
              onChange={(e) => set("source", { ...values.source, [k]: e.target.value })}
              className={input}
              {...invalidProps(`source-${k}`, err(`source.${k}`))}
            />
            <FieldMessage id={`source-${k}`} message={err(`source.${k}`)} />
          </div>
        ))}
        <div className="sm:col-span-3">
          <label htmlFor="source-text" className={label}>
            {t("form.source_text")}
          </label>
          <textarea
            id="source-text"
            rows={4}
            value={values.source.text}
            onChange={(e) => set("source", { ...values.source, text: e.target.value })}
            className={input}
            {...invalidProps("source-text", err("source.text"))}
          />
          <FieldMessage id="source-text" message={err("source.text")} />
        </div>
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  );
}
