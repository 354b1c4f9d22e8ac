"use client";
// Pick a person or organisation by typing any spelling in any script (aliases
// count), or create a new one from what was typed. With kind "sources" it
// picks an existing source document by title, outlet or URL (no creating).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SearchCombobox, type Choice } from "@/components/ui/combobox";
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
  const choices: Array<Choice<NonNullable<DirectoryValue>>> = items.map((item) => ({
    key: item.id,
    value: { id: item.id, name: item.name },
    label: item.name,
    detail: detailOf(item),
  }));
  if (kind !== "sources" && typed.length > 0 && answered && !exact) {
    choices.push({ key: "create", value: { name: typed }, label: t("createNew", { name: typed }), action: true });
  }
  return (
    <SearchCombobox
      id={id}
      label={label}
      value={value}
      display={(v) => v?.name ?? ""}
      onChange={onChange}
      onQuery={setQuery}
      choices={choices}
      placeholder={t("typeToSearch")}
      error={error}
      note={value && !("id" in value) ? t("willBeCreated") : undefined}
    />
  );
}

function detailOf(item: Item): string | undefined {
  const detail = item.aliases?.length ? item.aliases : [item.outlet, item.publishedAt].filter(Boolean);
  return detail.length > 0 ? detail.join(" · ") : undefined;
}
