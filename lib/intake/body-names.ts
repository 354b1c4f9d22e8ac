// Akimats and maslikhats named with their place: "Kostanay regional
// maslikhat", «Костанайского областного маслихата», "Akimat of Kostanay
// region", «Ұлытау облысының әкімдігі», and their names as a heading writes them.
import { RUSSIAN_LEVEL } from "./organisers";

// "Kostanay regional akimat", «Қарасай аудандық мәслихаты», «Костанайского областного маслихата».
export const BODY =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}-]+\s+){1,3}(?:regional|city|district|oblast|облыстық|қалалық|аудандық|областн\p{L}+|городск\p{L}+|районн\p{L}+)\s+(?:[Mm]aslikhat|[Aa]kimat|мәслихат\p{L}*|әкімдіг\p{L}*|маслихат\p{L}*|акимат\p{L}*))/gu;

// The same bodies named the other way round: "Akimat of Kostanay region", "the
// akimat of Almaty's Medeu district",
// "Акимат Павлодарской области", "Ұлытау облысының әкімдігі".
export const BODY_OF =
  /(?<![\p{L}])((?:[Aa]kimat|[Mm]aslikhat)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:['’]s)?\s+){1,2}(?:region|city|district|oblast)|(?:[Аа]кимат|[Мм]аслихат)\p{L}{0,2}\s+(?:\p{Lu}[\p{L}-]+(?:ской|цкой|ого)\s+(?:област|район)\p{L}*|город\p{L}*\s+\p{Lu}[\p{L}-]+)|(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:облысының|облысы|ауданының|ауданы|қаласының|қаласы)\s+(?:әкімдіг|мәслихат)\p{L}*)/gu;
// The name as a heading writes it: no article, no case ending on the body's word.
// («Акимат Костанайского района»: the place after the body stays in the genitive.)
export const bodyName = (found: string) => {
  const name = found
    .trim()
    .replace(/^(?:The|A|An|This)\s+/u, "")
    // ("the akimat of Medeu district": the body's word opens its name.)
    .replace(/^([am])(?=(?:kimat|aslikhat)\s+of\s)/u, (c) => c.toUpperCase())
    .replace(/^([Аа])кимат\p{L}*/u, "Акимат")
    .replace(/^([Мм])аслихат\p{L}*/u, "Маслихат")
    .replace(/әкімдіг\p{L}*$/u, "әкімдігі")
    .replace(/мәслихат\p{L}*$/u, "мәслихаты");
  return /^(?:Акимат|Маслихат)\s/u.test(name) ? name : name.split(/\s+/).map(russianNominative).join(" ");
};
// «Западно-Казахстанского областного маслихата» → «Западно-Казахстанский областной маслихат».
const russianNominative = (word: string) =>
  word
    .replace(/^(областн|городск|районн)\p{Ll}*$/u, (w, stem: string) => RUSSIAN_LEVEL[stem] ?? w)
    .replace(/^(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(с|ц)к(?:ого|ому|им|ом)$/u, "$1$2кий")
    .replace(/^([Мм]аслихат|[Аа]кимат)\p{Ll}+$/u, "$1");
