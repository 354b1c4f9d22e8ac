"use client";
// Idle sign-out, said before it happens. While the user types, clicks or
// scrolls, the page tells the server now and then (GET /api/session), so only
// real inactivity ends the session. Five minutes before the limit a notice
// says so, with a button that keeps the session; if it ends anyway, nothing
// on the page is lost: the next save answers "sign in" and keeps what was typed.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const PING_EVERY_MS = 5 * 60_000;
const WARN_BEFORE_MS = 5 * 60_000;

export function IdleWarning({ idleMinutes }: { idleMinutes: number }) {
  const t = useTranslations("user");
  // Set when the page starts (refs, not render-time clock reads).
  const lastActive = useRef(0);
  const lastPing = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  const idleMs = idleMinutes * 60_000;

  useEffect(() => {
    lastActive.current = Date.now();
    lastPing.current = Date.now();
    const ping = () => {
      lastPing.current = Date.now();
      void fetch("/api/session", { cache: "no-store" }).catch(() => undefined);
    };
    const active = () => {
      lastActive.current = Date.now();
      if (Date.now() - lastPing.current > PING_EVERY_MS) ping();
    };
    const tick = () => {
      const remaining = idleMs - (Date.now() - lastActive.current);
      setLeft(remaining <= WARN_BEFORE_MS && remaining > 0 ? Math.ceil(remaining / 60_000) : null);
    };
    const events = ["pointerdown", "keydown", "scroll", "input"] as const;
    for (const e of events) window.addEventListener(e, active, { passive: true });
    const timer = setInterval(tick, 15_000);
    return () => {
      for (const e of events) window.removeEventListener(e, active);
      clearInterval(timer);
    };
  }, [idleMs]);

  if (left === null) return null;
  return (
    <div
      role="alert"
      className="fixed inset-x-0 bottom-0 z-50 flex flex-wrap items-center justify-center gap-3 border-t border-amber-400 bg-amber-50 px-4 py-3 text-sm"
      data-testid="idle-warning"
    >
      <span>{t("idleWarning", { minutes: left })}</span>
      <Button
        type="button"
        onClick={() => {
          lastActive.current = Date.now();
          lastPing.current = Date.now();
          void fetch("/api/session", { cache: "no-store" });
          setLeft(null);
        }}
      >
        {t("stayIn")}
      </Button>
    </div>
  );
}
