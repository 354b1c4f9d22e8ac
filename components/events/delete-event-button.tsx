"use client";
// Delete asks first, and says the event can be restored.
import { Dialog, DialogPanel, DialogTitle, Description } from "@headlessui/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteEvent } from "@/lib/actions/events";

export function DeleteEventButton({ eventId, title }: { eventId: number; title: string }) {
  const t = useTranslations("event");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" className="text-red-700" onClick={() => setOpen(true)}>
        {t("delete")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} className="relative z-50">
        <div className="fixed inset-0 bg-black/30" aria-hidden="true" />
        <div className="fixed inset-0 flex items-center justify-center p-4">
          <DialogPanel className="max-w-md space-y-3 rounded-lg bg-white p-6 shadow-xl">
            <DialogTitle className="text-lg font-semibold">{t("deleteTitle")}</DialogTitle>
            <Description className="text-sm text-slate-700">{t("deleteBody", { title })}</Description>
            <form action={deleteEvent} className="flex justify-end gap-2">
              <input type="hidden" name="id" value={eventId} />
              <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>
                {t("cancel")}
              </Button>
              <Button type="submit" className="bg-red-700 hover:bg-red-800">
                {t("confirmDelete")}
              </Button>
            </form>
          </DialogPanel>
        </div>
      </Dialog>
    </>
  );
}
