"use client";
// The article as the drafts read it, with the words behind one field marked:
// clicking a field of a draft shows where it came from.
import { useEffect, useRef } from "react";
import type { Span } from "@/lib/intake/types";

export function ArticleView({ text, marks, label }: { text: string; marks: Span[]; label: string }) {
  const sorted = [...marks]
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || m.start >= (all[i - 1]?.end ?? 0));
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: false });
    parts.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  parts.push({ text: text.slice(at), mark: false });
  const box = useRef<HTMLDivElement>(null);
  // The first marked words scrolled into view inside the article's box.
  useEffect(() => {
    const first = box.current?.querySelector("mark");
    if (first && box.current) box.current.scrollTop = first.offsetTop - 40;
  }, [marks]);
  return (
    <div
      ref={box}
      className="relative max-h-96 overflow-y-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed"
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid="article-text"
    >
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5" data-testid="evidence">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
