"use client";
// The event's sources: documents already linked (each can be unlinked), an
// existing document to link (found by title, outlet or URL), and a new one to
// add. A shared source is never edited from here: its own page edits it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { UNLINK_SOURCE, type FormValues, type LinkedSource } from "@/lib/schemas/event-fields";
import { DirectoryPicker } from "./directory-picker";

type Props = {
  linked: LinkedSource[];
  /** Given how to change the linked list as it is when the change lands. */
  onLinkedChange: (update: (rows: LinkedSource[]) => LinkedSource[]) => void;
  fresh: FormValues["newSource"];
  onFreshChange: (v: FormValues["newSource"]) => void;
  err: (path: string) => string | undefined;
};

const FRESH_FIELDS = ["title", "url", "outlet", "publishedAt"] as const;

export function SourcesEditor({ linked, onLinkedChange, fresh, onFreshChange, err }: Props) {
  const t = useTranslations("form");
  // The picker clears after each pick; its value lives only until then.
  const [pickKey, setPickKey] = useState(0);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="sources-editor">
      <legend className="px-1 text-sm font-semibold">{t("sources")}</legend>
      {linked.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSources")}</p>
      ) : (
        <ul className="space-y-2">
          {linked.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2 text-sm"
              data-testid="linked-source"
            >
              <Link href={`/sources/${s.id}`} target="_blank" className="font-medium text-brand-700 hover:underline">
                {s.title}
              </Link>
              <Button
                type="button"
                variant="secondary"
                className="noscript:hidden"
                onClick={() => onLinkedChange((now) => now.filter((x) => x.id !== s.id))}
                aria-label={t("unlinkSource", { title: s.title })}
              >
                {t("unlink")}
              </Button>
              <noscript>
                <label className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={UNLINK_SOURCE} value={s.id} />
                  {t("unlink")}
                </label>
              </noscript>
            </li>
          ))}
        </ul>
      )}
      {err("sources") && <p className="text-sm text-red-700">{err("sources")}</p>}
      {/* Finding a source to link needs JavaScript; a new one can be typed without it. */}
      <div className="noscript:hidden">
        <DirectoryPicker
          key={pickKey}
          kind="sources"
          id="link-source"
          label={t("linkSource")}
          value={null}
          onChange={(v) => {
            if (v && "id" in v) {
              const { id, name } = v;
              onLinkedChange((now) => (now.some((x) => x.id === id) ? now : [...now, { id, title: name }]));
            }
            setPickKey((k) => k + 1);
          }}
        />
      </div>
      <details className="rounded-md border border-slate-200 p-3" open={Object.values(fresh).some(Boolean)}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("newSource")}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {FRESH_FIELDS.map((k) => (
            <TextField
              key={k}
              id={`source-${k}`}
              name={`newSource.${k}`}
              type={k === "publishedAt" ? "date" : k === "url" ? "url" : "text"}
              label={t(`source_${k}`)}
              value={fresh[k]}
              onChange={(e) => {
                onFreshChange({ ...fresh, [k]: e.target.value });
              }}
              error={err(`sources.${linked.length}.${k}`)}
            />
          ))}
          <TextAreaField
            id="source-text"
            name="newSource.text"
            rows={4}
            label={t("source_text")}
            value={fresh.text}
            onChange={(e) => {
              onFreshChange({ ...fresh, text: e.target.value });
            }}
            error={err(`sources.${linked.length}.text`) ?? err(`sources.${linked.length}`)}
            className="sm:col-span-2"
          />
        </div>
      </details>
    </fieldset>
  );
}
