"use client";
// /events/new?from=article: the event form filled with the draft the intake
// page left in this tab's session storage ("Open in form"). The server renders
// the empty form; the draft replaces it once the page runs in the browser.
import { useTranslations } from "next-intl";
import { useEffect, useState, type ComponentProps } from "react";
import { EventForm } from "@/components/events/form/event-form";
import { formValuesOf, type EventBody, type FormValues } from "@/lib/schemas/event-fields";
import { DRAFT_STORAGE_KEY } from "./draft-storage";

type Props = Omit<ComponentProps<typeof EventForm>, "initial"> & { initial: FormValues };

export function DraftedEventForm({ initial, ...rest }: Props) {
  const t = useTranslations("intake");
  const [drafted, setDrafted] = useState<FormValues | null>(null);
  useEffect(() => {
    const raw = sessionStorage.getItem(DRAFT_STORAGE_KEY);
    if (!raw) return;
    try {
      // Loaded once, after the first render: the server cannot see this tab's storage.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, read once after hydration
      setDrafted(formValuesOf({ ...(JSON.parse(raw) as EventBody) }));
    } catch {
      sessionStorage.removeItem(DRAFT_STORAGE_KEY);
    }
  }, []);
  return (
    <>
      {drafted && (
        <p className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm" data-testid="draft-notice">
          {t("draftNotice")}
        </p>
      )}
      <EventForm key={drafted ? "drafted" : "empty"} initial={drafted ?? initial} {...rest} />
    </>
  );
}
