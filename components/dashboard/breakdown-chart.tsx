"use client";
// A horizontal bar per category (audience type or format), labelled in the
// user's language, each bar linking to the matching event list.
import Link from "next/link";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatNumber } from "@/components/ui/use-format-number";

export type BreakdownItem = { key: string; label: string; events: number; href: string };

export function BreakdownChart({ items, title, testId }: { items: BreakdownItem[]; title: string; testId: string }) {
  const num = useFormatNumber();
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <div style={{ height: 28 * items.length + 20 }} role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={items} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer>
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis type="category" dataKey="label" width={170} fontSize={12} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <Bar
              dataKey="events"
              fill="#3b82f6"
              isAnimationActive={false}
              label={{ position: "right", fontSize: 11 }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="sr-only">
        {items.map((i) => (
          <li key={i.key}>
            <Link href={i.href}>
              {i.label}: {num(i.events)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
