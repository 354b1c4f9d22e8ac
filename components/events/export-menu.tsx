"use client";
// Export of the current view. Downloads are fetched so the page can show that
// a large export is under way (bytes received) and offer to cancel it; the plain
// links work without JavaScript too.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useFormatNumber } from "@/components/ui/use-format-number";

const FORMATS = ["csv", "xlsx", "json"] as const;
type Progress = { format: string; bytes: number } | { error: string } | null;

function fileNameOf(res: Response, fallback: string) {
  return /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

/** `more`: the view has more than `total` events (a capped search count). */
export function ExportMenu({ query, total, more = false }: { query: string; total: number; more?: boolean }) {
  const t = useTranslations("export");
  const num = useFormatNumber();
  const [progress, setProgress] = useState<Progress>(null);
  const abort = useRef<AbortController | null>(null);

  async function download(e: React.MouseEvent<HTMLAnchorElement>, fmt: string) {
    e.preventDefault();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setProgress({ format: fmt, bytes: 0 });
    try {
      const res = await fetch(e.currentTarget.href, { signal: ctrl.signal });
      if (!res.ok || !res.body) throw new Error(String(res.status));
      const reader = res.body.getReader();
      const chunks: BlobPart[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        setProgress({ format: fmt, bytes });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: res.headers.get("content-type") ?? undefined }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(res, `events.${fmt}`);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress(null);
    } catch {
      setProgress(ctrl.signal.aborted ? null : { error: t("failed") });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="export-menu">
      <span className="text-sm font-medium text-slate-700">
        {t("label", { count: total, shown: `${num(total)}${more ? "+" : ""}` })}
      </span>
      {FORMATS.map((fmt) => (
        <a
          key={fmt}
          href={`/events/export?${new URLSearchParams([["format", fmt], ...new URLSearchParams(query)])}`}
          download
          onClick={(e) => void download(e, fmt)}
          aria-disabled={progress !== null && "bytes" in progress}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium uppercase hover:bg-slate-100 aria-disabled:pointer-events-none aria-disabled:opacity-50"
        >
          {fmt}
        </a>
      ))}
      <span role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="export-status">
        {progress && "bytes" in progress && (
          <>
            {t("inProgress", {
              format: progress.format.toUpperCase(),
              size: num(progress.bytes / 1_048_576, 1),
            })}{" "}
            <Button type="button" variant="ghost" onClick={() => abort.current?.abort()}>
              {t("cancel")}
            </Button>
          </>
        )}
        {progress && "error" in progress && <span className="text-red-700">{progress.error}</span>}
      </span>
    </div>
  );
}
