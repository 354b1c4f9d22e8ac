// A company whose staff a meeting was with, named in English only through its
// staff: by its acronym ("employees of NCOC, the operator of …", "the staff of
// Astana LRT"), through a
// branch ("employees of the Kostanay branch of Kazakhstan Temir Zholy") or in
// the possessive ("the staff of Kazzinc's Oskemen metallurgical complex", "employees of the Kazphosphate's
// Novodzhambul phosphorus plant" with a stray article; not
// "workers of Tengizchevroil's contractor companies", who work for others), or
// as the owner of the workplace it was held at.
// Each is the meeting's host.
import type { Span } from "./types";

const STAFF =
  "(?:[Ee]mployees|[Ww]orkers|[Ss]taff|[Mm]iners|[Mm]etallurgists|[Ss]teelworkers|[Ss]teelmakers|[Ss]melters|[Oo]il workers|[Rr]ailway workers|(?:[Yy]oung\\s+)?[Ss]pecialists)";
const STAFF_OF_ACRONYM = new RegExp(
  `(?<![\\p{L}])${STAFF} of ((?:\\p{Lu}\\p{Ll}[\\p{L}-]*[^\\S\\n]+){0,2}[A-Z]{2,6})(?![\\p{L}-])`,
  "gu",
);
const STAFF_OF_BRANCH = new RegExp(
  `(?<![\\p{L}])${STAFF} of the (?:[\\p{Lu}][\\p{L}-]+[^\\S\\n]+){0,2}(?:branch|division|subsidiary|office) of ((?:\\p{Lu}[\\p{L}-]+[^\\S\\n]+){1,3}\\p{Lu}[\\p{L}-]+)`,
  "gu",
);
const STAFF_OF_POSSESSIVE = new RegExp(
  `(?<![\\p{L}])${STAFF} of (?:the\\s+)?((?:\\p{Lu}[\\p{L}-]+[^\\S\\n]+){0,2}\\p{Lu}[\\p{L}-]+)['’]s\\s+(?!(?:sub)?contractor|partner|supplier)\\p{L}`,
  "gu",
);

// "employees of Kazakhmys Smelting": a company by its name's last word.
const STAFF_OF_COMPANY = new RegExp(
  `(?<![\\p{L}])${STAFF} of ((?:\\p{Lu}[\\p{L}-]+[^\\S\\n]+){1,2}(?:Smelting|Copper|Mining|Oil|Gas|Energy|Steel|Power|Petroleum|Chemicals?|Metals?|Holding|Group))(?![\\p{L}'’]|\\s+\\p{Lu})`,
  "gu",
);

// "employees of Air Astana", "workers of Tengizchevroil": a company by its brand,
// two to four capitalised words (not a region's, a district's or a compass
// point's: "workers of Mendykara District", "of East Kazakhstan") or one that
// reads as a brand (capitals inside it, or a trade's ending); a bare town is no company.
// (A name's words are on one line: "workers of Zhaikmunai" ending a headline, "URALSK, March 2" the dateline after;
// "specialists of KazMunayGas subsidiary" work for a company of its own.)
/** A brand written in one word with a capital inside it ("KazMunayGas", "ArcelorMittal"). */
export const CAMEL_BRAND = String.raw`\p{Lu}\p{Ll}+\p{Lu}\p{L}*`;
const BRAND_WORD = String.raw`(?:${CAMEL_BRAND}|\p{Lu}\p{Ll}*(?:oil|gas|gaz|telecom|mys|chrome|zinc|atom|post|prom|energo|mash|munai|bank))`;
const NOT_BRAND = String.raw`(?!(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s)`;
const STAFF_OF_BRAND = new RegExp(
  `(?<![\\p{L}])${STAFF} of ${NOT_BRAND}((?:\\p{Lu}[\\p{L}-]+[^\\S\\n]+){1,3}(?!(?:Region|District|City|Oblast|Province|Village|Town)(?![\\p{L}]))\\p{Lu}[\\p{L}-]+|${BRAND_WORD})(?![\\p{L}'’-]|\\s+\\p{Lu}|\\s+(?:branch|division|office|region|district|city|town|village|subsidiar\\p{L}*|contractors?)(?![\\p{L}]))`,
  "gu",
);

// "at Qarmet's Temirtau steel works", "visited the Kazakhmys Corporation's Annensky mine": the company
// whose workplace it was held at.
const AT_POSSESSIVE_WORKPLACE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]t|visited|toured)(?:\\s+the)? ((?:\\p{Lu}[\\p{L}-]+[^\\S\\n]+){0,2}\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:\\p{L}[\\p{L}-]*[^\\S\\n]+){0,3}(?:plant|works|mine|factory|refinery|smelter|depot|elevator|mill|combine|complex|field)(?![\\p{L}])`,
  "gu",
);

// "met with Tengizchevroil employees", "for NCOC workers": the brand or acronym before its staff (not a
// trade's, "IT workers", "SME staff").
const BRAND_STAFF = new RegExp(
  String.raw`(?<![\p{L}])(?:with|for|among|and)\s+(?:the\s+)?(${BRAND_WORD}|(?!(?:JSC|LLP|LLC|NGO|AMANAT|IT|SME|HR|PR|UN)(?![\p{L}]))[A-Z]{2,6})\s+(?:employees|workers|staff|miners|metallurgists|steelworkers|oil\s+workers|railway\s+workers|oilmen)(?![\p{L}])`,
  "gu",
);
// "at PetroKazakhstan Oil Products, the operator of the Shymkent refinery": a company named by what
// the apposition after it says it is, where the meeting was held.
const AT_COMPANY_APPOSITIVE =
  /(?<![\p{L}])(?:[Aa]t|visited|toured)\s+((?:\p{Lu}[\p{L}-]*[^\S\n]+){0,3}\p{Lu}[\p{L}-]*),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:operator|owner|subsidiary|company|producer|manufacturer|maker)(?![\p{L}])/gu;

// "farmers of the Agrofirm Dievskoye", "at Agrofirm Zhana-Zhol": an agricultural firm by its name after its kind.
const AGROFIRM =
  /(?<![\p{L}])(?:of|at|visited)\s+(?:the\s+)?((?:[Aa]grofirm|[Aa]gro-firm)\s+["“]?\p{Lu}[\p{L}-]+["”]?)/gu;

// "members of the Karaganda regional Union of Persons with Disabilities": an
// association named through its members, by its capitalised name.
const MEMBERS_OF_ASSOCIATION =
  /(?<![\p{L}])[Mm]embers of (?:the\s+)?((?:[A-Z][\p{L}-]+\s+){0,2}(?:(?:regional|city|district)\s+)?(?:Union|Association|Society|Federation|League|Council)\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:(?:with|and|of|for)\s+)?[A-Z][\p{L}-]+)*)/gu;

// «в офисе компании North Caspian Operating Company», «с работниками компании Tengizchevroil», «Tengizchevroil
// компаниясында»: a company written in Latin letters in a Cyrillic text, where or with whose staff it was held.
const LATIN_NAME = String.raw`((?:[A-Z][\p{Script=Latin}&'’.-]*[^\S\n]+){0,4}[A-Z][\p{Script=Latin}&'’.-]*)`;
const LATIN_COMPANY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:[Вв]о?|[Нн]а)\s+(?:\p{Ll}+\s+){0,2}|(?:сотрудник|работник|коллектив)\p{L}*\s+)(?:компани|корпораци|предприяти)\p{L}*\s+${LATIN_NAME}(?![\p{L}])|${LATIN_NAME}\s+(?:компания|корпорация)с(?:ында|ының\s+(?:қызметкер|ұжым|жұмысшы)))`,
  "gu",
);
// «Сотрудники Департамента полиции Костанайской области …»: a state body through its staff,
// put back in the nominative (Департамент, Управление, Комитет).
const RUSSIAN_BODY_STAFF =
  /(?<![\p{L}])(?:[Сс]отрудник|[Рр]аботник|[Кк]оллектив|[Лл]ичн\p{L}* состав)\p{L}*\s+((Департамент|Управлени|Комитет)(?:а|я)\s+\p{Ll}+(?:\s+и\s+\p{Ll}+)?(?:\s+\p{Lu}[\p{L}-]+(?:ой|ого)\s+(?:области|района)|\s+города\s+\p{Lu}\p{L}+)?)/gu;
export const BODY_NOMINATIVE: Record<string, string> = {
  Департамент: "Департамент",
  Управлени: "Управление",
  Комитет: "Комитет",
};

/** The companies named through their staff, each with where its name is. */
export function companiesWhoseStaff(text: string): Array<Span & { name: string; association: boolean }> {
  return [
    STAFF_OF_ACRONYM,
    STAFF_OF_BRANCH,
    STAFF_OF_POSSESSIVE,
    STAFF_OF_COMPANY,
    STAFF_OF_BRAND,
    AT_POSSESSIVE_WORKPLACE,
    AT_COMPANY_APPOSITIVE,
    BRAND_STAFF,
    AGROFIRM,
    MEMBERS_OF_ASSOCIATION,
    RUSSIAN_BODY_STAFF,
    LATIN_COMPANY,
  ].flatMap((re) =>
    [...text.matchAll(re)].map((m) => {
      const written = (m[1] ?? (re === LATIN_COMPANY ? m[2] : "") ?? "").trim();
      // («Tengizchevroil компаниясында»: a name that opens the match starts there.)
      const from = m[0].startsWith(written) ? 0 : Math.max(m[0].indexOf(" of "), 0) + 1;
      const start = m.index + m[0].indexOf(written, from);
      const body = re === RUSSIAN_BODY_STAFF ? (m[2] ?? "") : "";
      // ("members of the regional Council of Elders": a name opening with its level, capitalised as a heading.)
      const name = body
        ? written.replace(/^\p{L}+/u, BODY_NOMINATIVE[body] ?? body)
        : written.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      return { name, start, end: start + written.length, association: re === MEMBERS_OF_ASSOCIATION };
    }),
  );
}
