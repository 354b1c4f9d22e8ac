"use client";
// The map's numbers as a table, sortable by any column, for people who read
// rather than look and for screen readers.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormatNumber } from "@/components/ui/use-format-number";

// `last` is an ISO date (for sorting); `lastText` is it formatted on the server,
// whose locale data (Kazakh included) is complete.
export type AreaRow = {
  key: string;
  name: string;
  href?: string;
  held: number;
  planned: number;
  audience: number;
  last: string | null;
  lastText: string;
};
type SortKey = "name" | "held" | "planned" | "audience" | "last";

export function AreaTable({ rows, nameLabel }: { rows: AreaRow[]; nameLabel: string }) {
  const t = useTranslations("dashboard");
  const num = useFormatNumber();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "held", dir: -1 });
  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.key] ?? "";
    const y = b[sort.key] ?? "";
    return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * sort.dir;
  });
  // On a phone the table keeps the place, events held and people; planned
  // events and the last event's date come from 640 px up.
  const wide = "hidden sm:table-cell";
  const header = (key: SortKey, label: string, numeric = false, className = "") => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
      className={`px-3 py-2 ${numeric ? "text-right" : "text-left"} ${className}`}
    >
      <button
        type="button"
        className="font-semibold hover:underline"
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : numeric ? -1 : 1 }))}
      >
        {label} {sort.key === key ? (sort.dir === 1 ? "↑" : "↓") : ""}
      </button>
    </th>
  );
  return (
    // Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too.

    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={nameLabel}
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="area-table">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            {header("name", nameLabel)}
            {header("held", t("held"), true)}
            {header("planned", t("planned"), true, wide)}
            {header("audience", t("people"), true)}
            {header("last", t("lastEvent"), false, wide)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {r.href ? (
                  <Link href={r.href} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                ) : (
                  r.name
                )}
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">{num(r.held)}</td>
              <td className={`px-3 py-1.5 text-right tabular-nums ${wide}`}>{num(r.planned)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{num(r.audience)}</td>
              <td className={`whitespace-nowrap px-3 py-1.5 ${wide}`}>{r.lastText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
