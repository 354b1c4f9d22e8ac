// Spreadsheet files and helpers shared by the import tests.
import type { Db } from "../db-client";
import type { SessionUser } from "../domain/session-user";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** A CSV file (`;`-separated, CRLF) of these rows. */
export const csv = (rows: string[][]) => utf8(rows.map((r) => r.join(";")).join("\r\n") + "\r\n");

export const HEADER = [
  "Дата",
  "Название",
  "Регион",
  "Район",
  "Формат",
  "Аудитория",
  "Численность",
  "Спикеры",
  "Организаторы",
];

/** `n` rows of the HEADER columns: a date, a numbered title, Zhambyl, the rest empty. */
export const titledRows = (n: number, title: string) =>
  Array.from({ length: n }, (_, i) => ["2026-03-10", `${title}${i}`, "KZ-31", "", "", "", "", "", ""]);

/** Events and history entries stored: what a refused or cancelled import must leave as it was. */
export const eventAndHistoryCounts = async (db: Db) => ({
  events: await db.event.count(),
  audit: await db.auditEntry.count(),
});

/** An upload through the import command; throws when it is refused. */
export async function startImport(
  imports: typeof import("../commands/imports"),
  user: SessionUser,
  bytes: Uint8Array,
  name = "plan.csv",
  options: unknown = {},
) {
  const r = await imports.startImportCommand(user, { name, bytes }, { options });
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
}
