// An English report's institutions: by capitalised name and kind ("at the
// Karaganda Metallurgical Plant", "employees of the Shymkent Oil Refinery"),
// by number ("School No. 14"), a chamber by what it is of, a centre by what it
// does. Part of namedInstitutions, which decides what each one is to the meeting.
import type { NamedInstitution } from "./named-institutions";
import type { OrgKind } from "../domain/enums";

// "the Karaganda Metallurgical Plant"; a workplace also in lower case ("the
// Kentau transformer plant"), where a school or university in lower case is
// more often a description than a name ("a Karaganda university"). Words in
// lower case come only before a workplace's: "Kokshetau gathered at School"
// is no name.
const WORKPLACES = [
  "plant",
  "factory",
  "mine",
  // ("the Bogatyr open pit": a coal mine worked from the surface.)
  "(?:open[- ])?pit",
  "quarry",
  "combine",
  "refinery",
  "smelter",
  "works",
  "depot",
  "elevator",
  "mill",
  // ("officers of the Akmola regional police department": a state body, whose staff met.)
  "(?<=police\\s)department",
  // ("traders of the Altyn Orda market": its traders' workplace.)
  "market",
  "bazaar",
  "station",
  "hospital",
  "polyclinic",
  "cooperative",
  "agrofirm",
  // ("at the Khoja Akhmet Yassawi mosque": its imams' workplace, where they met.)
  "mosque",
  // ("at the Balbobek kindergarten in Talgar": whose children's parents, or teachers, met there.)
  "kindergarten",
  // ("the Karabalyk agricultural college": a college named by its field, which a description is not.)
  "(?<=(?:agricultural|agrarian|technical|medical|pedagogical|polytechnic|humanitarian|music|industrial|railway)\\s)college",
];
const ENGLISH_KINDS = [
  "Plant",
  "Factory",
  "Mine",
  "(?:Open[- ])?Pit",
  "Quarry",
  "Combine",
  "Refinery",
  "Smelter",
  "Works",
  "Depot",
  "Elevator",
  "Mill",
  "Port",
  "Airport",
  "Association",
  "Company",
  "Corporation",
  "Enterprise",
  "University",
  "College",
  "Institute",
  "Academy",
  // ("Taraz School-Gymnasium No. 7 named after Abai": its number and namesake after it.)
  "School-(?:Gymnasium|Lyceum)",
  "School",
  "Kindergarten",
  "Hospital",
  "Polyclinic",
  "Clinic",
  "Cooperative",
  "Mosque",
  // ("Traders at the Shymkent Central Market met …": their workplace.)
  "Market",
  "Bazaar",
  // A centre named for its field ("the Aktobe Regional Perinatal Centre"): a clinic or an institute.
  "(?:Perinatal|Medical|Oncology|Cardiology|Diagnostic|Rehabilitation|Research|Scientific|Nuclear)\\s+Cent(?:re|er)",
  // A national park or reserve is a state body with its own staff, not a place.
  "National Park",
  "Natural Park",
  "Nature Reserve",
  // ("employees of the Issyk State Historical and Cultural Museum-Reserve": a museum with its own staff.)
  "Museum-Reserve",
  "Museum",
];
// ("Kostanay Regional University named after Akhmet Baitursynov": whom it is named after is part of its name, as «имени» is.)
const ENGLISH_NAME = `((?:\\p{Lu}\\p{Ll}?\\.\\s*){0,3}\\p{Lu}[\\p{L}'’-]+\\s+(?:(?:\\p{Lu}[\\p{L}'’-]+|and|of|for)\\s+){0,5}(?:(${ENGLISH_KINDS.join("|")})|(?:(?!(?:the|a|an)\\s)\\p{Ll}[\\p{L}-]+\\s+){0,3}(${WORKPLACES.join("|")}))(?:\\s+(?:No\\.?|№|#)\\s*\\d+)?(?:(?<=University|Institute|Academy|College)\\s+of\\s+[A-Z][\\p{L}-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}-]+){0,4}|(?<=University|Institute|Academy|College|School|Gymnasium|Lyceum|\\d)\\s+named\\s+after\\s+(?:[Aa]cademician\\s+)?(?:\\p{Lu}\\.\\s*){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?)(?![\\p{L}\\p{N}])`;
// Who works there: "dockers and crane operators of the Aktau … Port".
const STAFF_WORDS =
  "employees|workers|team|members|miners|metallurgists|steelworkers|steelmakers|smelters|oilmen|fishermen|growers|farmers|breeders|herders|shepherds|staff|students|cadets|teachers|lecturers|faculty|doctors|nurses|rangers|foresters|dockers|operators|engineers|builders|drivers|seafarers|sailors|mechanics|welders|railwaymen|traders|vendors|stallholders|officers|servicemen|personnel";
export const STAFF_OF = `(?:${STAFF_WORDS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`)})(?:\\s+and\\s+(?:[\\p{Ll}-]+\\s+)?(?:${STAFF_WORDS}))?\\s+of`;
// "at the premises of", "The canteen of the Pavlodar Petrochemical Plant was
// unusually full": a room of the institution, where its meeting was held.
// ("at Semey's Shakarim University": its town's possessive no part of its name — a town's, before a school or
// a hospital; "Qarmet's Temirtau steel works" is the company's, the company is the host.)
const TOWNS_OWN = String.raw`[A-Z][\p{Ll}-]+['’]s\s+(?=(?:[A-Z][\p{L}-]+\s+){0,4}(?:University|Institute|College|Academy|School|Hospital|Polyclinic|Library|Museum|Theatre|Theater)(?![\p{L}]))`;
const ROOM = "(?:premises|building|campus|canteen|yard|(?:assembly|conference|main|dining)\\s+hall)";
const ENGLISH = new RegExp(
  `(?<![\\p{L}])([Aa]t|[Ii]n|visited|${STAFF_OF}|[Tt]he(?=\\s+${ROOM}))\\s+(?:the\\s+)?(?:${ROOM}\\s+of\\s+(?:the\\s+)?)?(?:(?:city|town|region|district|village)'s\\s+|${TOWNS_OWN})?${ENGLISH_NAME}`,
  "gu",
);
// "Al-Farabi Kazakh National University hosted a round table": it says it held the meeting.
const ENGLISH_HOSTED = new RegExp(`(?<![\\p{L}-])${ENGLISH_NAME}\\s+(?:hosted|held|organi[sz]ed)(?![\\p{L}])`, "gu");
// "at the regional branch of the Assembly of People of Kazakhstan": the
// Assembly's house hosts what is held there, as «в Доме дружбы» does; so does
// an association's ("at the regional branch of the Union of Afghanistan Veterans").
const ASSEMBLY_BRANCH =
  /(?<![\p{L}])(?:at|in)\s+the\s+((?:regional|city|district)\s+branch\s+of\s+the\s+(?:Assembly\s+of\s+People\s+of\s+Kazakhstan|(Union|Association|Society|League)\s+of\s+(?:[A-Z][\p{L}-]+\s+(?:and\s+)?){0,3}[A-Z][\p{L}-]+))/gu;
// "at the city's Centre for Active Longevity": a centre or club named for what it
// does, whose members came (a House or Palace of Culture is only where).
const ENGLISH_CENTRE =
  /(?<![\p{L}])(?:at|in)\s+the\s+(?:(?:city|town|region|district|village)'s\s+)?((?:[A-Z][\p{L}-]+\s+){0,3}(?:Centre|Center|Club)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:and\s+)?[A-Z][\p{L}-]+){0,3})/gu;
/** What kind of body the kind word names (a workplace unless said otherwise). */
// ("the Almaty Bar Association" is a public body of its members; "the Sokolov-Sarybai Mining and
// Processing Production Association" a company.)
export const englishKind = (word: string, name: string): OrgKind =>
  /^association$/iu.test(word) && !/Production|Mining|Processing|Industrial/u.test(name)
    ? "ngo"
    : (ENGLISH_KIND[word.replace(/^./, (c) => c.toUpperCase())] ??
      (/Cent(?:re|er)$/u.test(word) ? "other" : "enterprise"));
const ENGLISH_KIND: Record<string, OrgKind> = {
  University: "education",
  College: "education",
  Institute: "education",
  Academy: "education",
  School: "education",
  Kindergarten: "education",
  Department: "public_body",
  "School-Gymnasium": "education",
  "School-Lyceum": "education",
  Hospital: "other",
  Polyclinic: "other",
  Clinic: "other",
  "National Park": "other",
  "Natural Park": "other",
  "Nature Reserve": "other",
  "Museum-Reserve": "other",
  Museum: "other",
  Mosque: "other",
};

// "at the regional Chamber of Entrepreneurs": a body named by its kind and
// what it is of, where a meeting was held: a venue, not its host; "members of
// the Nur-Sultan Chamber of Entrepreneurs met …": its own, which it hosts.
const ENGLISH_KIND_OF =
  /(?<![\p{L}])(?:[Aa]t|[Ii]n|visited|([Mm]embers|[Ee]mployees|[Ss]taff)\s+of)\s+the\s+((?:(?:regional|city|district|\p{Lu}[\p{L}-]+)\s+)?Chamber\s+of\s+[A-Z][\p{L}-]+(?:\s+(?:and\s+)?[A-Z][\p{L}-]+){0,3})/gu;
// "at school-lyceum No. 2", "in School No. 14", "at kindergarten No. 12": an English report's numbered school.
const ENGLISH_NUMBERED =
  /(?<![\p{L}-])([Ss]chool(?:-(?:[Ll]yceum|[Gg]ymnasium))?|[Gg]ymnasium|[Ll]yceum|[Cc]ollege|[Kk]indergarten|[Hh]ospital|[Pp]olyclinic)\s+(?:No\.?|№|#)\s*(\d+)/gu;
// "at the Bidai Agro farm", "of the Zerendi Astyk agricultural company", "of
// the Astana Light Rail Transit (LRT) company": a firm named by its
// capitalised words (its abbreviation after them), with a common noun for what it is.
const ENGLISH_FIRM =
  /(?<![\p{L}])(?:[Aa]t|[Ii]n|visited|of)\s+the\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,4}?)(?:\(\p{Lu}{2,6}\)\s+)?(?:(?:agricultural|farming|agro|dairy|poultry|grain|livestock|mining|construction|oil|energy|transport|trading|fishing)\s+)?(?:farm|company|firm|enterprise)(?![\p{L}])/gu;
// "employees of the municipal carrier Almatyelectrotrans", "at the oil producer
// KazMunayGas": what the firm is, then its name.
// What a firm is, in a phrase that names it: "the oil producer …", "…, a KazMunayGas subsidiary".
const FIRM_NOUN =
  "(?:company|carrier|operator|producer|firm|enterprise|utility|holding|manufacturer|miner|smelter|subsidiary)";
const ENGLISH_KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Aa]t|[Ii]n|visited|of)\\s+the\\s+(?:(?:municipal|state-owned|state|national|regional|city|private|local|mining|oil|gas|energy|power|transport|agricultural|construction|chemical|metallurgical|engineering|steel|copper|railway)\\s+){0,2}${FIRM_NOUN}\\s+((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})`,
  "gu",
);
// "Workers of Ozenmunaigas, a KazMunayGas subsidiary, met …": a firm named
// alone, then said to be one.
const ENGLISH_FIRM_APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:${STAFF_OF})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}),\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${FIRM_NOUN}(?![\\p{L}])`,
  "gu",
);
const DESCRIBES_FIRM =
  /^(?:Kazakh|Kazakhstani|Russian|Chinese|Turkish|Korean|Japanese|German|Italian|French|British|American|European|Foreign|National|State|Regional|Republican|City|District|Local|Private|Public)$/u;
const AMONG_THEM = /(?:of them|among them|including)\s+(?:[\p{L}-]+\s+and\s+)?$/u;
const OF_COMPANY =
  /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:LLP|JSC|LLC|NJSC|Corporation|Company)(?![\p{L}])/u;

export function englishInstitutions(
  text: string,
  aboutMeeting: (at: number) => boolean,
  headline: (at: number) => boolean,
): NamedInstitution[] {
  const out: NamedInstitution[] = [];
  for (const m of text.matchAll(ENGLISH_KIND_OF)) {
    const name = m[2] ?? "";
    const start = m.index + m[0].length - name.length;
    if (!aboutMeeting(start)) continue;
    const found: NamedInstitution = {
      name: name.replace(/^./u, (c) => c.toUpperCase()),
      kind: "other",
      start,
      end: start + name.length,
    };
    out.push(m[1] === undefined ? { ...found, venue: true } : found);
  }
  for (const m of text.matchAll(ENGLISH_NUMBERED)) {
    // "City Hospital No. 1": the capitalised name before it is the whole name's, read below
    // (not a town's possessive before it: "Satpayev's school No. 17", "Taraz's School-Gymnasium No. 7").
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // ("Regional Children's Hospital No. 2": a possessive after another capitalised word is the name's own.)
    const townPossessive =
      /['’]s\s+$/u.test(before) &&
      (/^\p{Ll}/u.test(m[1] ?? "") || !/\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*['’]s\s+$/u.test(before));
    if (!aboutMeeting(m.index) || (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !townPossessive)) continue;
    const [, kind = "", n] = m;
    out.push({
      name: `${kind[0]?.toUpperCase()}${kind.slice(1)} No. ${n}`,
      kind: /^(hospital|polyclinic)$/i.test(kind) ? "other" : "education",
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(ENGLISH)) {
    const name = m[2] ?? "";
    const start = m.index + m[0].length - name.length;
    if (/^(at|in|visited)$/i.test(m[1] ?? "") && (!aboutMeeting(start) || headline(start))) continue;
    // "most of them pensioners and workers of the … plant": who came, not whose meeting it was.
    if (AMONG_THEM.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the Zhezkazgan copper smelter of Kazakhmys Corporation LLP", "ERG's Aksu
    // ferroalloy plant", "ArcelorMittal Temirtau's coke and chemical plant": its
    // company is the host (staff-of.ts reads the possessive).
    if (OF_COMPANY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    if (/^[\p{L}-]+['’]s\s/u.test(name) || /^(?:\p{Lu}[\p{L}-]*\s+){1,2}[\p{L}-]+['’]s\s+\p{Ll}/u.test(name)) continue;
    // ("the Kazakhmys Corporation's Annensky mine": a workplace after a company's possessive is the company's.)
    if (m[4] && /^(?:\p{Lu}[\p{L}-]*\s+){1,2}\p{Lu}[\p{L}-]*['’]s\s/u.test(name)) continue;
    // ("held at the Semey pedagogical college": a college in lower case where it was hosts it unless
    // someone is said to have organised it; "teachers of the Shieli agrarian college" are its own.)
    const place = m[4] === "college" && /^(at|in)$/i.test(m[1] ?? "") ? { place: true as const } : {};
    out.push({ name, kind: englishKind(m[3] ?? m[4] ?? "", name), start, end: m.index + m[0].length, ...place });
  }
  for (const m of text.matchAll(ENGLISH_HOSTED)) {
    const name = (m[1] ?? "").replace(/^The\s+/u, "");
    const start = m.index + m[0].indexOf(name);
    out.push({ name, kind: englishKind(m[2] ?? m[3] ?? "", name), start, end: start + name.length });
  }
  for (const m of text.matchAll(ENGLISH_FIRM)) {
    const name = (m[1] ?? "").trim();
    const start = m.index + m[0].indexOf(name);
    // ("of the Kazakh mining company", "the State farm": what kind, not which one.)
    if (DESCRIBES_FIRM.test(name) || !aboutMeeting(start) || headline(start)) continue;
    out.push({ name, kind: "enterprise", start, end: start + name.length });
  }
  for (const m of text.matchAll(ENGLISH_KIND_THEN_NAME)) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    if (aboutMeeting(start) && !headline(start))
      out.push({ name, kind: "enterprise", start, end: start + name.length });
  }
  for (const m of text.matchAll(ENGLISH_FIRM_APPOSITION)) {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name);
    if (!DESCRIBES_FIRM.test(name) && !headline(start))
      out.push({ name, kind: "enterprise", start, end: start + name.length });
  }
  for (const m of [...text.matchAll(ASSEMBLY_BRANCH), ...text.matchAll(ENGLISH_CENTRE)]) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    const heading = name.replace(/^./u, (c) => c.toUpperCase());
    const kind = m[2] === undefined ? "other" : "ngo";
    if (aboutMeeting(start)) out.push({ name: heading, kind, start, end: start + name.length, place: true });
  }
  return out;
}
