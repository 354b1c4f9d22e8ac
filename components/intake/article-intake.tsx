"use client";
// "From articles": paste one or more articles (or drop files), get their event
// drafts, and save, open or attach each one. Every request goes to the JSON
// API (POST /api/intake/drafts, POST /api/events, POST /api/events/:id/sources),
// so the page follows the same rules as every other client.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type SyntheticEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import type { IntakeResponse } from "@/lib/commands/intake";
import { isBatch, pastedArticles } from "@/lib/intake/pasted-articles";
import { draftBody } from "@/lib/intake/to-body";
import type { DraftField } from "@/lib/intake/types";
import { ArticleView } from "./article-view";
import { DraftCard } from "./draft-card";
import { DRAFT_STORAGE_KEY } from "./draft-storage";
import type { IntakeLists } from "./intake-lists";

type Answer = { ok: true; body: IntakeResponse } | { ok: false; error: string };

/** The API's answer has the shape this page reads (anything else is shown as a failure). */
const isIntakeResponse = (v: Record<string, unknown>): v is Record<string, unknown> & IntakeResponse =>
  Array.isArray(v.results) && Array.isArray(v.duplicates);

async function postJson(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json().catch(() => ({}))) as Record<string, unknown> };
}

export function ArticleIntake({ lists }: { lists: IntakeLists }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState<number | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [selected, setSelected] = useState<{ article: string; draft: number; field: DraftField } | null>(null);
  const [batch, setBatch] = useState(false);
  // One article is one source record, however many of its drafts are saved:
  // the first save creates it, the next ones link it by id.
  const savedSource = useRef(new Map<string, number>());
  const errorText = (json: Record<string, unknown>) => {
    const key = typeof json.error === "string" ? json.error : "intake.errors.failed";
    return t.has(key) ? t(key) : t("intake.errors.failed");
  };

  async function submit(e: SyntheticEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : "";
    };
    const articles = pastedArticles(field("text"), field("url").trim(), field("publishedAt"));
    for (const f of form.getAll("files")) {
      if (f instanceof File && f.size > 0)
        articles.push({ id: f.name, text: await f.text(), url: null, publishedAt: null });
    }
    if (!articles.length) {
      setAnswer({ ok: false, error: t("intake.errors.empty") });
      return;
    }
    setBusy(articles.length);
    setSelected(null);
    savedSource.current.clear();
    try {
      const r = await postJson("/api/intake/drafts", { articles });
      setAnswer(
        r.status === 200 && isIntakeResponse(r.json)
          ? { ok: true, body: r.json }
          : { ok: false, error: errorText(r.json) },
      );
    } catch {
      setAnswer({ ok: false, error: t("intake.errors.failed") });
    } finally {
      setBusy(null);
    }
  }

  const fallbackCampaign = lists.campaigns[0]?.slug ?? "";
  const results = answer?.ok ? answer.body.results : [];
  return (
    <div className="space-y-4">
      <form
        onSubmit={(e) => void submit(e)}
        className="max-w-3xl space-y-2 rounded-md border border-slate-200 bg-white p-4"
      >
        <TextAreaField
          id="intake-text"
          name="text"
          label={t("intake.textLabel")}
          rows={10}
          aria-describedby="intake-text-hint"
          onChange={(e) => setBatch(isBatch(e.currentTarget.value))}
        />
        <p id="intake-text-hint" className="-mt-4 text-xs text-slate-600">
          {t("intake.textHint")}
        </p>
        <p aria-live="polite" className="text-sm text-amber-800" data-testid="intake-batch-note">
          {batch ? t("intake.batchNote") : ""}
        </p>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <TextField id="intake-url" name="url" type="url" label={t("intake.urlLabel")} inputMode="url" />
          <TextField
            id="intake-published"
            name="publishedAt"
            type="date"
            label={t("intake.publishedLabel")}
            max={lists.today}
          />
        </div>
        <div>
          <label htmlFor="intake-files" className="block text-sm font-medium">
            {t("intake.filesLabel")}
          </label>
          <input
            id="intake-files"
            name="files"
            type="file"
            multiple
            accept=".txt,.html,.htm,text/plain,text/html"
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3"
          />
        </div>
        <button type="submit" className={`${buttonClass("primary")} min-h-11`} disabled={busy !== null}>
          {busy !== null ? t("intake.working", { count: busy }) : t("intake.submit")}
        </button>
        <p aria-live="polite" className="text-sm text-red-700" data-testid="intake-error">
          {answer && !answer.ok ? answer.error : ""}
        </p>
      </form>
      {results.map((r) => {
        const marks = selected?.article === r.id ? (r.drafts[selected.draft]?.evidence[selected.field] ?? []) : [];
        return (
          <section key={r.id} className="space-y-3" data-testid="intake-article" aria-labelledby={`article-${r.id}`}>
            <h2 id={`article-${r.id}`} className="text-lg font-semibold">
              {t("intake.article", { id: r.id })}{" "}
              <span className="text-sm font-normal text-slate-600">
                {r.text ? t("intake.language", { language: t(`locale.${r.language}`) }) : ""}
                {r.drafts.length ? ` · ${t("intake.drafts", { count: r.drafts.length })}` : ""}
              </span>
            </h2>
            {r.drafts.length === 0 && (
              <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="no-drafts">
                {r.reason ? t(`intake.reasons.${r.reason}`) : t("intake.noDrafts")}
              </p>
            )}
            {r.drafts.length > 0 && (
              <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
                <div className="space-y-3">
                  {r.drafts.map((d, k) => {
                    const body = () =>
                      draftBody(
                        d,
                        { text: r.text, url: r.url, publishedAt: r.publishedAt, language: r.language },
                        lists.today,
                        fallbackCampaign,
                      );
                    const sameAs = answer?.ok
                      ? answer.body.duplicates.flatMap((g) => {
                          const mine = g.some((m) => "id" in m && m.id === r.id && m.draft === k);
                          return mine
                            ? g.filter(
                                (m): m is { id: string; draft: number } =>
                                  "id" in m && !(m.id === r.id && m.draft === k),
                              )
                            : [];
                        })
                      : [];
                    return (
                      <DraftCard
                        key={k}
                        draft={d}
                        n={k + 1}
                        lists={lists}
                        sameAs={sameAs}
                        selected={selected?.article === r.id && selected.draft === k ? selected.field : null}
                        onSelect={(field) => setSelected({ article: r.id, draft: k, field })}
                        onSave={async () => {
                          const known = savedSource.current.get(r.id);
                          const res = await postJson(
                            "/api/events",
                            known ? { ...body(), sources: [{ id: known }] } : body(),
                          );
                          if (res.status !== 201) return { error: errorText(res.json) };
                          const id = Number(res.json.id);
                          if (known === undefined) {
                            const saved = (await (await fetch(`/api/events/${id}`)).json()) as {
                              sources?: Array<{ id?: unknown }>;
                            };
                            const sourceId = saved.sources?.[0]?.id;
                            if (typeof sourceId === "number") savedSource.current.set(r.id, sourceId);
                          }
                          return { id };
                        }}
                        onOpen={() => {
                          sessionStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(body()));
                          router.push("/events/new?from=article");
                        }}
                        onAttach={async (eventId) => {
                          const source = body().sources[0];
                          const res = await postJson(`/api/events/${eventId}/sources`, source);
                          return res.status === 200 ? { id: eventId } : { error: errorText(res.json) };
                        }}
                      />
                    );
                  })}
                </div>
                <div className="lg:sticky lg:top-4 lg:self-start">
                  <ArticleView text={r.text} marks={marks} label={t("intake.article", { id: r.id })} />
                </div>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
