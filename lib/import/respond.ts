// The import routes' answers: a plan as its report in the user's language,
// a refusal with its message (and, for rows refused at commit, which rows).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { failureResponse, json } from "../api";
import { importReport } from "./report";
import type { CommitResult, ImportResult } from "../commands/imports";
import type { Failure } from "../errors";
import type { Locale } from "../i18n/config";

export async function translator() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  // Keys here are computed (problem messages), so the catalogue's key types cannot follow them.
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return { t: translate, locale };
}

export async function planResponse(r: ImportResult | Failure, status = 200): Promise<Response> {
  if (!r.ok) return failureResponse(r);
  const { t, locale } = await translator();
  return json(importReport(r.id, r.plan, t, locale), status);
}

export async function commitBody(id: string, r: CommitResult): Promise<{ status: number; body: unknown }> {
  const { t, locale } = await translator();
  if (r.ok) {
    const { errors: errorRows, ...counts } = r.counts;
    return { status: 200, body: { id, committed: true, ...counts, errorRows, errors: [] } };
  }
  const base = { error: r.message, message: t(r.message, r.values), code: r.code, values: r.values };
  if (r.plan) return { status: r.status, body: { ...base, ...importReport(id, r.plan, t, locale) } };
  if (r.rowErrors) {
    return {
      status: r.status,
      body: {
        ...base,
        errors: r.rowErrors.map((e) => ({
          row: e.row,
          column: e.field ?? "",
          field: e.field,
          message: t(e.message.includes(".") ? e.message : "validation.invalid"),
        })),
      },
    };
  }
  return { status: r.status, body: base };
}
