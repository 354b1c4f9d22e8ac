"use client";
// The event form, for creating and editing. A real <form> posting to the save
// action: it saves without JavaScript (server-side field errors, typed values
// kept). With JavaScript it validates with the same zod schema first, keeps
// everything typed when a save is refused, and on an edit conflict shows what
// the other person changed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type SyntheticEvent } from "react";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button, buttonClass } from "@/components/ui/button";
import { Fieldset, SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { saveEvent, type SaveEventState } from "@/lib/actions/events";
import { AUDIENCE_TYPES, DATE_PRECISIONS, EVENT_FORMATS, EVENT_STATUSES } from "@/lib/domain/enums";
import type { FieldErrors } from "@/lib/schemas/event";
import { bodyOf, type EventBody, type FormValues } from "@/lib/schemas/event-fields";
import { ConflictNotice } from "./conflict-notice";
import { SourcesEditor } from "./sources-editor";
import { OrganizationsEditor, SpeakersEditor } from "./speakers-editor";

type FormOptions = {
  campaigns: Array<{ slug: string; name: string }>;
  regions: Array<{ iso: string; name: string; districts: Array<{ id: number; name: string }> }>;
  earliestDate: string;
  latestDate: string;
};

type Props = {
  initial: FormValues;
  options: FormOptions;
  eventId?: number;
  version?: number;
  /** The stored event as this form opened it: a save after someone else's merges against it. */
  base?: EventBody;
  userEmail?: string;
};

const notice = "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800";

export function EventForm({ initial, options, eventId, version, base, userEmail }: Props) {
  const t = useTranslations();
  const [state, dispatch, pending] = useActionState<SaveEventState, FormData>(saveEvent, {});
  // After a refusal rendered without JavaScript, the action's copy of what was typed wins.
  const [values, setValues] = useState<FormValues>(state.values ?? initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const result = state.result;
  const errors: FieldErrors = clientErrors ?? result?.fieldErrors ?? {};
  const err = useFieldError(errors);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  };
  // For the lists: the change is applied to the list as it is when it lands.
  const change =
    <K extends "speakers" | "organizations" | "sources">(key: K) =>
    (update: (now: FormValues[K]) => FormValues[K]) => {
      setValues((v) => ({ ...v, [key]: update(v[key]) }));
    };

  // After a refused save, move focus to the first field that needs attention.
  useEffect(() => {
    if (Object.keys(clientErrors ?? state.result?.fieldErrors ?? {}).length === 0) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state, clientErrors]);

  // With JavaScript: check in the browser first, then post the same form data
  // the browser would (including which button was pressed).
  // The schema (and zod) load on the first save, not with the page.
  async function submit(e: SyntheticEvent<HTMLFormElement, SubmitEvent>) {
    e.preventDefault();
    // Read before the first await: the event's form and button are not kept.
    const data = new FormData(e.currentTarget, e.nativeEvent.submitter);
    const { eventInputSchema, fieldErrorsOf } = await import("@/lib/schemas/event");
    const parsed = eventInputSchema.safeParse(bodyOf(values));
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setClientErrors(null);
    startTransition(() => {
      dispatch(data);
    });
  }

  const region = options.regions.find((r) => r.iso === values.region);
  const errorCount = Object.keys(errors).length;
  // The props that bind one control to one of the form's text-valued fields.
  const bind = (
    key:
      "title" | "locality" | "audienceSize" | "date" | "campaign" | "status" | "datePrecision" | "district" | "format",
  ) => ({
    id: key,
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => {
      set(key, e.target.value);
    },
    error: err(key),
  });
  return (
    <form
      ref={formRef}
      action={dispatch}
      onSubmit={(e) => void submit(e)}
      // Typing starts the schema's download, so the first save does not wait for it.
      onFocus={() => void import("@/lib/schemas/event")}
      noValidate
      className="space-y-6"
      aria-busy={pending}
    >
      {eventId !== undefined && <input type="hidden" name="id" value={eventId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <input type="hidden" name="speakers" value={JSON.stringify(values.speakers)} />
      <input type="hidden" name="organizations" value={JSON.stringify(values.organizations)} />
      <input type="hidden" name="sources" value={JSON.stringify(values.sources)} />
      {base && <input type="hidden" name="base" value={JSON.stringify(base)} />}
      {errorCount > 0 && (
        <p role="status" className={notice} data-testid="form-errors">
          {t("form.fixFields", { count: errorCount })}
        </p>
      )}
      {result && !result.fieldErrors && result.status !== 409 && (
        <p role="status" className={notice} data-testid="form-message">
          {t.has(result.message) ? t(result.message) : t("errors.errorBody")}
        </p>
      )}
      {result?.status === 409 && (
        <ConflictNotice
          // A new conflict (a newer version) starts a new set of choices.
          key={result.currentVersion}
          changes={result.conflict ?? []}
          currentVersion={result.currentVersion}
          reloadHref={`/events/${String(eventId)}/edit`}
          mine={bodyOf(values)}
          base={base}
          theirs={result.theirs as EventBody | undefined}
          userEmail={userEmail}
          options={options}
          needsChoice={result.message === "errors.conflictChoose"}
        />
      )}

      <section className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField {...bind("title")} label={t("form.title")} className="sm:col-span-2" />
        <SelectField
          {...bind("campaign")}
          label={t("form.campaign")}
          placeholder={t("form.choose")}
          options={options.campaigns.map((c) => ({ value: c.slug, label: c.name }))}
        />
        <SelectField
          {...bind("status")}
          label={t("form.status")}
          options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`enum.status.${s}`) }))}
        />
        <TextField
          {...bind("date")}
          type="date"
          min={options.earliestDate}
          max={options.latestDate}
          label={t("form.date")}
        />
        <SelectField
          {...bind("datePrecision")}
          label={t("form.datePrecision")}
          options={DATE_PRECISIONS.map((p) => ({ value: p, label: t(`export.precision.${p}`) }))}
        />
        <SelectField
          id="region"
          name="region"
          label={t("form.region")}
          value={values.region}
          onChange={(e) => {
            setValues((v) => ({ ...v, region: e.target.value, district: "" }));
          }}
          placeholder={t("form.choose")}
          options={options.regions.map((r) => ({ value: r.iso, label: r.name }))}
          error={err("region")}
        />
        <SelectField
          {...bind("district")}
          label={t("form.district")}
          disabled={!region}
          placeholder={region ? t("form.noDistrict") : t("form.chooseRegionFirst")}
          options={(region?.districts ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
        />
        <TextField {...bind("locality")} label={t("form.locality")} />
        <SelectField
          {...bind("format")}
          label={t("form.format")}
          options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`enum.format.${f}`) }))}
        />
        <Fieldset legend={t("form.audiences")} errorId="audiences" error={err("audiences")} className="sm:col-span-2">
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {AUDIENCE_TYPES.map((a) => (
              <label key={a} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  name="audiences"
                  value={a}
                  checked={values.audiences.includes(a)}
                  onChange={(e) => {
                    set(
                      "audiences",
                      e.target.checked ? [...values.audiences, a] : values.audiences.filter((x) => x !== a),
                    );
                  }}
                />
                {t(`enum.audience.${a}`)}
              </label>
            ))}
          </div>
        </Fieldset>
        <TextField
          {...bind("audienceSize")}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          label={t("form.audienceSize")}
        />
        <label className="flex items-center gap-2 self-center text-sm">
          <input
            type="checkbox"
            name="audienceEstimate"
            checked={values.audienceEstimate}
            onChange={(e) => {
              set("audienceEstimate", e.target.checked);
            }}
          />
          {t("form.audienceEstimate")}
        </label>
        <TextAreaField
          id="summary"
          name="summary"
          rows={4}
          label={t("form.summary")}
          value={values.summary}
          onChange={(e) => {
            set("summary", e.target.value);
          }}
          error={err("summary")}
          className="sm:col-span-2"
        />
      </section>

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <SpeakersEditor rows={values.speakers} onChange={change("speakers")} errors={errors} />
        <OrganizationsEditor rows={values.organizations} onChange={change("organizations")} errors={errors} />
      </section>

      <SourcesEditor
        linked={values.sources}
        onLinkedChange={change("sources")}
        fresh={values.newSource}
        onFreshChange={(v) => {
          set("newSource", v);
        }}
        err={err}
      />

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </Button>
        {/* Leaves without saving: back to the event, or to the list for a new one. */}
        <Link href={eventId ? `/events/${eventId}` : "/events"} className={buttonClass("secondary")}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
