"use client";
// The header's links and account controls: a row on wide screens; on a phone,
// folded behind a "Menu" button so the page starts near the top of the screen.
// Without JavaScript the menu is simply open (the <noscript> style below).
import { usePathname } from "next/navigation";
import { useState } from "react";

export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium md:hidden"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
        </svg>
        {label}
      </button>
      <noscript>
        <style>{"#header-menu{display:flex}"}</style>
      </noscript>
      <div
        id="header-menu"
        data-open={open}
        className="hidden w-full flex-col gap-3 pb-2 data-[open=true]:flex md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-4 md:pb-0"
      >
        {children}
      </div>
    </>
  );
}
