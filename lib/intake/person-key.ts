// A person's matching key, for telling the same speaker in two drafts or a
// draft and a stored record apart from another: the surname's skeleton and the
// given name's first letter (Torgaev ~ Torgayev, Кошанов ~ Қошанов).
import { isInitial } from "./names";
import { searchKey } from "../search/normalize";

// A surname's ending (-ов, -ева, -ұлы, -uly …), and a patronymic's (-ович, -овна; -ұлы, -қызы).
export const SURNAME_END =
  "(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ұлы|улы|қызы|кызы|бай|бая|баю|баем|енко|enko|чук|юк|ov|ev|in|ova|eva|ina|yn|uly|kyzy|qyzy|bay|bai)";
export const PATRONYMIC_ENDS = "(?:ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична)(?:а|у|ем|ы|е|ой)?";
export const PATRONYMIC = new RegExp(`${PATRONYMIC_ENDS}$`, "u");

// Keys of stored names are asked for again on every draft: remembered (bounded).
const KEYS = new Map<string, string>();
const KEYS_MAX = 50_000;

/** A person's matching key: the surname's skeleton, and the first letter of the given name. */
export function personKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    key = computePersonKey(name);
    KEYS.set(name, key);
  }
  return key;
}

function computePersonKey(name: string): string {
  const words = name.split(/\s+/);
  // (Of three words, a patronymic in the middle is not the surname: «Нұрлан Сейітұлы Әбенов».)
  const surnames = words.filter((w) => !isInitial(w) && new RegExp(`${SURNAME_END}$`, "u").test(w));
  const surname = (surnames.length > 1 ? surnames.find((w) => !PATRONYMIC.test(w)) : surnames[0]) ?? words.at(-1) ?? "";
  const given = words.find((w) => w !== surname) ?? "";
  return `${searchKey(surname).replace(/ /g, "")}|${searchKey(given).slice(0, 1)}`;
}

/** Torgaev ~ Torgayev, Кошанов ~ Қошанов; a missing given name matches any. */
export function sameperson(a: string, b: string): boolean {
  const [sa, ga] = a.split("|");
  const [sb, gb] = b.split("|");
  return sa === sb && (!ga || !gb || ga === gb);
}
