"use client";
// /events/new?from=article: the event form filled with the draft the intake
// page left in this tab's session storage ("Open in form"). The server renders
// the empty form; the draft replaces it once the page runs in the browser.
import { useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore, type ComponentProps } from "react";
import { EventForm } from "@/components/events/form/event-form";
import { formValuesOf, type EventBody, type FormValues } from "@/lib/schemas/event-fields";
import { DRAFT_STORAGE_KEY } from "./draft-storage";

type Props = Omit<ComponentProps<typeof EventForm>, "initial"> & { initial: FormValues };

// Session storage does not change behind the page's back: nothing to subscribe to.
const subscribe = () => () => undefined;

export function DraftedEventForm({ initial, ...rest }: Props) {
  const t = useTranslations("intake");
  // The server renders without the draft (it cannot see this tab's storage);
  // the browser's first render after hydration has it.
  const raw = useSyncExternalStore(
    subscribe,
    () => sessionStorage.getItem(DRAFT_STORAGE_KEY),
    () => null,
  );
  const drafted = useMemo(() => {
    if (!raw) return null;
    try {
      return formValuesOf(JSON.parse(raw) as EventBody);
    } catch {
      return null;
    }
  }, [raw]);
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
