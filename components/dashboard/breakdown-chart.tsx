// A horizontal bar per category (audience type or format), labelled in the
// user's language, each row a link to the matching event list. Plain HTML
// drawn on the server: no chart library in the browser, and every bar is
// reachable by keyboard and touch (rows are 44 px high) with its name and count.
import Link from "next/link";
import { getFormatNumber } from "@/lib/i18n/format-number-server";

export type BreakdownItem = { key: string; label: string; events: number; href: string };

export async function BreakdownChart({
  items,
  title,
  testId,
}: {
  items: BreakdownItem[];
  title: string;
  testId: string;
}) {
  const num = await getFormatNumber();
  if (items.length === 0) return null;
  const max = Math.max(1, ...items.map((i) => i.events));
  return (
    <ul data-testid={testId} aria-label={title} className="text-sm">
      {items.map((i) => (
        <li key={i.key}>
          <Link
            href={i.href}
            className="group grid min-h-11 grid-cols-[minmax(0,11rem)_1fr] items-center gap-3 rounded px-1 hover:bg-slate-50"
          >
            <span className="truncate text-slate-700 group-hover:underline">{i.label}</span>
            <span className="flex items-center gap-2">
              <span
                className="h-4 rounded-sm bg-blue-500"
                style={{ width: `${i.events === 0 ? 0 : Math.max(1, (i.events / max) * 85)}%` }}
                aria-hidden="true"
              />
              <span className="tabular-nums text-slate-700">{num(i.events)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
