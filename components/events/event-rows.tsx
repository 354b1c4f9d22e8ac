"use client";
// The register's rows, drawn from compact, already worded data. Rendered on
// the server like any component, but the inline payload React hydrates from
// then carries each row's values (~0.3 KB) instead of its whole element tree
// (~1.4 KB): the list's first page was mostly that payload. Row and cell
// styles are the event-row / event-cell utilities of app/globals.css; a
// labelled cell shows its column's name (set once on the table) before the
// value on a phone only.
import Link from "next/link";
import { Fragment } from "react";

export type EventRowView = {
  id: number;
  iso: string;
  date: string;
  title: string;
  /** The status, worded, when it is not "held". */
  status?: string;
  district?: string;
  speakers: Array<[id: number, name: string]>;
  hosts: Array<[id: number, name: string]>;
  /** Audience types by code, worded from `words.audiences`. */
  audiences: string[];
  size: string;
};

export type EventRowLabels = { speakers: string; hosts: string; audience: string; none: string };

type Props = {
  rows: EventRowView[];
  /** Region names by ISO code and audience types by code, once for all rows. */
  words: { regions: Record<string, string>; audiences: Record<string, string> };
  labels: EventRowLabels;
};

export function EventRows({ rows, words, labels }: Props) {
  return rows.map((e) => (
    <tr key={e.id} data-testid="event-row" data-region={e.iso} className="event-row">
      <td className="event-date">{e.date}</td>
      <td className="event-title">
        <Link href={`/events/${e.id}`}>{e.title}</Link>
        {e.status && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{e.status}</span>}
      </td>
      <td className="event-cell">
        {words.regions[e.iso]}
        {e.district && <small>{e.district}</small>}
      </td>
      <td className="event-speakers">
        <LinkList param="speaker" items={e.speakers} none={labels.none} />
      </td>
      <td className="event-hosts">
        <LinkList param="organization" items={e.hosts} none={labels.none} />
      </td>
      <td className="event-audience">
        <div>{e.audiences.map((a) => words.audiences[a]).join(", ")}</div>
        <small>{e.size}</small>
      </td>
    </tr>
  ));
}

/** Names that each open the list filtered by that person or organisation. */
function LinkList({ items, param, none }: { items: Array<[number, string]>; param: string; none: string }) {
  if (items.length === 0) return <>{none}</>;
  return items.map(([id, name], i) => (
    <Fragment key={id}>
      {i > 0 && ", "}
      <Link href={`/events?${param}=${id}`}>{name}</Link>
    </Fragment>
  ));
}
