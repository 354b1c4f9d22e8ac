// Guess a document's language from its letters: Kazakh-only Cyrillic letters
// mean Kazakh, other Cyrillic means Russian, otherwise English.
export type DocLanguage = "kk" | "ru" | "en";

export function detectLanguage(text: string): DocLanguage {
  const kazakh = (text.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/[a-zA-Z]/g) ?? []).length;
  if (cyrillic > latin) return kazakh / cyrillic > 0.01 ? "kk" : "ru";
  return "en";
}
