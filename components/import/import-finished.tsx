"use client";
// The end of an import: what was written (or that the upload was discarded),
// and where to go next.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { useFormatNumber } from "@/components/ui/use-format-number";

export type Done = { creates: number; updates: number; unchanged: number };

/** `result` null: the upload was discarded. */
export function ImportFinished({ result, onAnother }: { result: Done | null; onAnother: () => void }) {
  const t = useTranslations("import");
  const num = useFormatNumber();
  return (
    <div className="space-y-3">
      <p
        role="status"
        className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        data-testid="import-done"
      >
        {result
          ? t("done", {
              creates: num(result.creates),
              updates: num(result.updates),
              unchanged: num(result.unchanged),
            })
          : t("discarded")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/events" className={`${buttonClass("primary")} min-h-11`}>
          {t("openList")}
        </Link>
        <button type="button" className={`${buttonClass("secondary")} min-h-11`} onClick={onAnother}>
          {t("another")}
        </button>
      </div>
    </div>
  );
}
