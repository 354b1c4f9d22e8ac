// The intake form's text box as articles: several are separated by a line of
// only "---". The form's address and date fields belong to one article, so
// they are used only when one is pasted; in a batch, an article names its own
// address on its first line (a press office's digest is pasted that way).

export type PastedArticle = { id: string; text: string; url: string | null; publishedAt: string | null };

const SEPARATOR = /^\s*---\s*$/m;
// (As the API takes an address: with a dot in it, at most 2,000 characters.)
const LEADING_URL = /^\s*(https?:\/\/\S+\.\S+)[ \t]*(?:\r?\n|$)/i;

/** Whether the pasted text holds more than one article (the form then says its address and date go unused). */
export const isBatch = (pasted: string) => pasted.split(SEPARATOR).filter((p) => p.trim() !== "").length > 1;

export function pastedArticles(pasted: string, url: string, publishedAt: string): PastedArticle[] {
  const parts = pasted.split(SEPARATOR).filter((p) => p.trim() !== "");
  const one = parts.length === 1;
  return parts.map((part, i) => {
    const found = LEADING_URL.exec(part);
    const own = found && (found[1] ?? "").length <= 2000 ? found : null;
    return {
      id: String(i + 1),
      text: own ? part.slice(own[0].length) : part,
      url: own?.[1] ?? (one && url ? url : null),
      publishedAt: one && publishedAt ? publishedAt : null,
    };
  });
}
