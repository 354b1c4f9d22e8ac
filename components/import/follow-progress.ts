// The import routes' NDJSON answers (`Accept: application/x-ndjson`): the
// progress lines of a long check or commit, then one line with the result.
export type Progress = { phase: "check" | "write"; done: number; total: number };
type Line = { phase: string; done?: number; total?: number; status?: number; result?: unknown };

/**
 * Reads an NDJSON answer (`Accept: application/x-ndjson`): each progress line
 * to `onProgress`, and the final line's status and result (null if the
 * stream ended without one).
 */
export async function follow(res: Response, onProgress: (p: Progress) => void) {
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return null;
    buffer += chunk.value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const text of lines.filter(Boolean)) {
      const l = JSON.parse(text) as Line;
      if (l.phase === "done") return { status: l.status ?? 500, result: l.result };
      onProgress({ phase: l.phase as Progress["phase"], done: l.done ?? 0, total: l.total ?? 0 });
    }
  }
}
