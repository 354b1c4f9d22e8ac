"use client";
// Pick a person or organisation by typing any spelling in any script (aliases
// count), or create a new one from what was typed. With kind "sources" it
// picks an existing source document by title, outlet or URL (no creating).
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label } from "@headlessui/react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FieldError as FieldMessage, invalidProps } from "@/components/ui/form-field";
import type { DirectoryValue } from "@/lib/schemas/event-fields";

type Item = { id: number; name: string; aliases?: string[]; outlet?: string | null; publishedAt?: string | null };

type Props = {
  kind: "people" | "organizations" | "sources";
  id: string;
  label: string;
  value: DirectoryValue;
  onChange: (v: DirectoryValue) => void;
  error?: string;
};

/** Records matching `q`, or null when the lookup failed or a newer keystroke aborted it. */
async function lookUp(kind: Props["kind"], q: string, signal: AbortSignal): Promise<Item[] | null> {
  try {
    const res = await fetch(`/api/directory/${kind}?q=${encodeURIComponent(q)}`, { signal });
    return res.ok ? ((await res.json()) as Item[]) : null;
  } catch {
    return null;
  }
}

export function DirectoryPicker({ kind, id, label, value, onChange, error }: Props) {
  const t = useTranslations("form");
  const [query, setQuery] = useState("");
  // What the last lookup answered, and for which query: "create new" is offered
  // only once the lookup for what was typed has answered, so an existing record
  // is not duplicated.
  const [found, setFound] = useState<{ q: string; items: Item[] }>({ q: "", items: [] });
  // After typing, the list highlights its first entry (an existing match, if
  // any): the first ArrowDown keeps it there instead of moving past it to
  // «create», so ArrowDown + Enter never duplicates a record that exists.
  const [typedSinceArrow, setTypedSinceArrow] = useState(false);
  const typed = query.trim();
  const short = typed.length < 2;

  useEffect(() => {
    if (short) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      void lookUp(kind, typed, ctrl.signal).then((items) => {
        if (items) setFound({ q: typed, items });
      });
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [typed, short, kind]);

  const items = short ? [] : found.items;
  const answered = short || found.q === typed;
  const exact = items.some((i) => i.name.toLowerCase() === typed.toLowerCase());
  return (
    <Field className="relative">
      <Label className="block text-xs font-medium text-slate-700">{label}</Label>
      <Combobox value={value} onChange={(v: DirectoryValue) => onChange(v)} onClose={() => setQuery("")} immediate>
        <ComboboxInput
          id={id}
          displayValue={(v: DirectoryValue) => v?.name ?? ""}
          onChange={(e) => {
            setQuery(e.target.value);
            setTypedSinceArrow(true);
          }}
          onKeyDown={(e) => {
            if (e.key !== "ArrowDown" || !typedSinceArrow) return;
            setTypedSinceArrow(false);
            if (items.length > 0) e.preventDefault();
          }}
          placeholder={t("typeToSearch")}
          className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          {...invalidProps(id, error)}
        />
        <ComboboxOptions
          anchor="bottom start"
          className="z-20 w-(--input-width) rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {items.map((item) => (
            <ComboboxOption
              key={item.id}
              value={{ id: item.id, name: item.name }}
              className="cursor-pointer px-3 py-1.5 data-focus:bg-brand-50"
            >
              <div>{item.name}</div>
              <ItemDetail item={item} />
            </ComboboxOption>
          ))}
          {kind !== "sources" && typed.length > 0 && answered && !exact && (
            <ComboboxOption
              value={{ name: typed }}
              className="cursor-pointer px-3 py-1.5 text-brand-700 data-focus:bg-brand-50"
            >
              {t("createNew", { name: typed })}
            </ComboboxOption>
          )}
        </ComboboxOptions>
      </Combobox>
      {value && !("id" in value) && <p className="text-xs text-slate-500">{t("willBeCreated")}</p>}
      <FieldMessage id={id} message={error} />
    </Field>
  );
}

function ItemDetail({ item }: { item: Item }) {
  const detail = item.aliases?.length ? item.aliases : [item.outlet, item.publishedAt].filter(Boolean);
  return detail.length > 0 ? <div className="text-xs text-slate-500">{detail.join(" · ")}</div> : null;
}
