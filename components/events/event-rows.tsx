"use client";
// The register's rows, drawn from compact, already worded data. Rendered on
// the server like any component, but the inline payload React hydrates from
// then carries each row's values (~0.3 KB) instead of its whole element tree
// (~1.4 KB): the list's first page was mostly that payload. Row and cell
// styles are the event-row / event-cell utilities of app/globals.css; a
// labelled cell shows its column's name before the value on a phone only.
import Link from "next/link";

export type EventRowView = {
  id: number;
  iso: string;
  date: string;
  title: string;
  /** The status, worded, when it is not "held". */
  status: string | null;
  region: string;
  district: string | null;
  speakers: Array<[id: number, name: string]>;
  hosts: Array<[id: number, name: string]>;
  audiences: string;
  size: string;
};

export type EventRowLabels = { speakers: string; hosts: string; audience: string; none: string };

export function EventRows({ rows, labels }: { rows: EventRowView[]; labels: EventRowLabels }) {
  return rows.map((e) => (
    <tr key={e.id} data-testid="event-row" data-region={e.iso} className="event-row">
      <td className="event-cell whitespace-nowrap text-slate-700">{e.date}</td>
      <td className="event-cell text-base md:text-sm">
        <Link href={`/events/${e.id}`} className="font-medium text-brand-700">
          {e.title}
        </Link>
        {e.status && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{e.status}</span>}
      </td>
      <td className="event-cell">
        {e.region}
        {e.district && <div className="text-slate-600">{e.district}</div>}
      </td>
      <td className="event-cell-labelled" data-label={labels.speakers}>
        <LinkList param="speaker" items={e.speakers} none={labels.none} />
      </td>
      <td className="event-cell-labelled" data-label={labels.hosts}>
        <LinkList param="organization" items={e.hosts} none={labels.none} />
      </td>
      <td className="event-cell-labelled" data-label={labels.audience}>
        <div>{e.audiences}</div>
        <div className="text-slate-600">{e.size}</div>
      </td>
    </tr>
  ));
}

/** Names that each open the list filtered by that person or organisation. */
function LinkList({ items, param, none }: { items: Array<[number, string]>; param: string; none: string }) {
  if (items.length === 0) return <>{none}</>;
  return items.map(([id, name], i) => (
    <span key={id}>
      {i > 0 && ", "}
      <Link href={`/events?${param}=${id}`}>{name}</Link>
    </span>
  ));
}
