"use client";
// Merge another record (e.g. a Russian spelling) into this one, after confirming.
import { Dialog, DialogPanel, DialogTitle, Description } from "@headlessui/react";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { DirectoryPicker } from "@/components/events/form/directory-picker";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button } from "@/components/ui/button";
import { mergeRecords, type DirectoryFormState } from "@/lib/actions/directory";
import type { DirectoryValue } from "@/lib/schemas/event-fields";

export function MergeForm({ kind, keep }: { kind: "people" | "organizations"; keep: { id: number; name: string } }) {
  const t = useTranslations("directory");
  const [other, setOther] = useState<DirectoryValue>(null);
  const [confirming, setConfirming] = useState(false);
  const [state, dispatch, pending] = useActionState<DirectoryFormState, Parameters<typeof mergeRecords>[1]>(
    mergeRecords,
    {},
  );
  const err = useFieldError(state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {});
  const chosen = other && "id" in other ? other : null;
  return (
    <div className="space-y-2">
      <DirectoryPicker
        kind={kind}
        id="merge-other"
        label={t("mergePick")}
        value={other}
        onChange={setOther}
        error={err("mergeId")}
      />
      <Button
        type="button"
        variant="secondary"
        disabled={!chosen || chosen.id === keep.id || pending}
        onClick={() => setConfirming(true)}
      >
        {t("merge")}
      </Button>
      {state.result?.ok && (
        <p role="status" className="text-sm text-green-800">
          {t("merged")}
        </p>
      )}
      <Dialog open={confirming && !!chosen} onClose={() => setConfirming(false)} className="relative z-50">
        <div className="fixed inset-0 bg-black/30" aria-hidden="true" />
        <div className="fixed inset-0 flex items-center justify-center p-4">
          <DialogPanel className="max-w-md space-y-3 rounded-lg bg-white p-6 shadow-xl">
            <DialogTitle className="text-lg font-semibold">{t("mergeTitle")}</DialogTitle>
            <Description className="text-sm text-slate-700">
              {t("mergeBody", { other: chosen?.name ?? "", keep: keep.name })}
            </Description>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)} autoFocus>
                {t("cancel")}
              </Button>
              <Button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  setOther(null);
                  startTransition(() => dispatch({ kind, keepId: keep.id, mergeId: chosen?.id ?? null }));
                }}
              >
                {t("confirmMerge")}
              </Button>
            </div>
          </DialogPanel>
        </div>
      </Dialog>
    </div>
  );
}
