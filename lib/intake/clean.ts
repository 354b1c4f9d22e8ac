// An article as pasted: plain text or a page's HTML. Tags go (block elements
// become line breaks), entities are decoded (news texts carry &quot; even as
// plain text), spaces are made single; evidence offsets count in the result.
import { convert } from "html-to-text";

const LOOKS_HTML = /<(p|div|br|span|h\d|article|body|html|a|li|strong|em|b|i|section|header|footer|time)\b[^>]*>/i;

export function cleanArticle(raw: string): string {
  const html = LOOKS_HTML.test(raw);
  const text = html
    ? convert(raw, {
        wordwrap: false,
        selectors: [
          { selector: "a", options: { ignoreHref: true } },
          { selector: "img", format: "skip" },
          { selector: "script", format: "skip" },
          { selector: "style", format: "skip" },
          { selector: "nav", format: "skip" },
          { selector: "h1", options: { uppercase: false } },
          { selector: "h2", options: { uppercase: false } },
          { selector: "h3", options: { uppercase: false } },
        ],
      })
    : convert(`<pre>${raw.replaceAll("<", "&lt;").replaceAll(">", "&gt;")}</pre>`, {
        wordwrap: false,
        preserveNewlines: true,
      });
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Text that is not an article: binary bytes, or no letters at all. */
export function notText(raw: string): boolean {
  const sample = raw.slice(0, 4000);

  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length / 50 || !/\p{L}{2}/u.test(raw);
}

export type Sentence = { text: string; start: number; end: number; paragraph: number };

const segmenter = new Intl.Segmenter("ru", { granularity: "sentence" });

/** Sentences with their offsets; a line break always ends one (headlines, datelines, captions). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      let joinNext = false;
      for (const s of segmenter.segment(line)) {
        const trimmed = s.segment.trim();
        if (!trimmed) continue;
        const start = offset + s.index + s.segment.indexOf(trimmed);
        const previous = out.at(-1);
        if (joinNext && previous) {
          // "Д. Мынбай", "B. Torgaev": an initial's full stop ends no sentence.
          previous.text = text.slice(previous.start, start + trimmed.length);
          previous.end = start + trimmed.length;
        } else {
          out.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
        }
        joinNext = /(?:^|[\s(])\p{Lu}{1,2}\.$/u.test(trimmed);
      }
      paragraph++;
    }
    offset += line.length + 1;
  }
  return out;
}
