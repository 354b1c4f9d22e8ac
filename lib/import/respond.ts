// The import routes' answers: a plan as its report in the user's language,
// a refusal with its message (and, for rows refused at commit, which rows).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { failureBody, json } from "../api";
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

export async function planBody(r: ImportResult | Failure, status = 200): Promise<{ status: number; body: unknown }> {
  if (!r.ok) return { status: r.status, body: failureBody(r) };
  const { t, locale } = await translator();
  return { status, body: importReport(r.id, r.plan, t, locale) };
}

export async function planResponse(r: ImportResult | Failure, status = 200): Promise<Response> {
  const answer = await planBody(r, status);
  return json(answer.body, answer.status);
}

/** Whether the client asked for progress lines (`Accept: application/x-ndjson`). */
export const wantsProgress = (req: Request) => req.headers.get("accept")?.includes("application/x-ndjson") ?? false;

/**
 * A long answer as NDJSON: the progress lines `work` sends, then one line
 * {"phase":"done","status":…,"result":…} with what the JSON answer would be.
 */
export function progressResponse(
  req: Request,
  work: (line: (v: unknown) => void, signal: AbortSignal) => Promise<{ status: number; body: unknown }>,
) {
  const encoder = new TextEncoder();
  // Not a way to cancel: once the answer streams, a closed connection does
  // not abort the request's signal here (measured), so the page cancels a
  // commit with DELETE /api/imports/:id.
  const signal = req.signal;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (v: unknown) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(v)}\n`));
        } catch {
          // the client has gone
        }
      };
      const { status, body } = await work(line, signal);
      line({ phase: "done", status, result: body });
      try {
        controller.close();
      } catch {
        // already closed by the client
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A field error's key ("validation.tooLong|300": key and its {max}) in the user's language. */
function fieldMessage(t: (key: string, values?: Record<string, string | number>) => string, raw: string) {
  const [key = "validation.invalid", max] = raw.split("|");
  return t(key.includes(".") ? key : "validation.invalid", max ? { max } : undefined);
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
          message: fieldMessage(t, e.message),
        })),
      },
    };
  }
  return { status: r.status, body: base };
}
