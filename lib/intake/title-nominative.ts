// A title as a role is written on its own: its first word in the nominative
// («с депутатом Сената …» → «депутат Сената»), and in lower case unless it is a name.

// «с депутатом Сената Маратом Оспановым», «выступление акима района …»: the
// title word in the nominative, as a role is written on its own.
const RUSSIAN_TITLES: Array<[RegExp, string]> = [
  [/^депутат(?:ом|а|у)$/u, "депутат"],
  [/^аким(?:ом|а|у)$/u, "аким"],
  [/^сенатор(?:ом|а|у)$/u, "сенатор"],
  [/^(председател|заместител|руководител)(?:ем|я|ю)$/u, "$1ь"],
  [
    /^(директор|министр|ректор|профессор|эксперт|юрист|адвокат|политолог|начальник|член|прокурор|советник|помощник|декан|доктор|кандидат|специалист|инспектор|консультант)(?:ом|а|у)$/u,
    "$1",
  ],
  [/^судь(?:ей|ёй|и|е)$/u, "судья"],
  [/^секретар(?:ём|ем|я|ю)$/u, "секретарь"],
  [/^глав(?:ой|ы|е)$/u, "глава"],
  [/^(главн|уполномоченн)(?:ым|ого|ому)$/u, "$1ый"],
  [/^врач(?:ом|а|у)$/u, "врач"],
];
const titleWord = (word: string) => {
  const lower = word.toLowerCase();
  const rule = RUSSIAN_TITLES.find(([re]) => re.test(lower));
  if (!rule) return word;
  const nominative = lower.replace(rule[0], rule[1]);
  return word[0] !== lower[0] ? nominative.charAt(0).toUpperCase() + nominative.slice(1) : nominative;
};
// A common noun's title capitalised only because it opened the sentence («Депутат областного маслихата
// Виктор Шевченко разъяснил …», «Аудандық мәслихат хатшысы …», «Мектеп директоры …», "Lawyer …"): a role is
// written in lower case, «депутат областного маслихата» («Мәжіліс депутаты», "Senator …", a name's, keep theirs).
export const OPENING_TITLE =
  /^(?:Депутат|Аким|Сенатор|Председатель|Заместитель|Руководитель|Представитель|Директор|Ректор|Проректор|Профессор|Эксперт|Юрист|Адвокат|Политолог|Начальник|Член|Прокурор|Советник|Судья|Секретарь|Глава|Главный|Генеральный|Исполнительный|Командир|Старший|Ведущий|Врач|Заңгер|Сарапшы|Әкім|Аудандық|Облыстық|Қалалық|Ауылдық|Республикалық|Облыс|Аудан|Қала|Ауыл|(?:Мектеп|Аурухана|Емхана|Колледж|Кеніш|Қожалық|Зауыт|Шахта|Комбинат|Кәсіпорын)(?:ның|нің|дың|дің|тың|тің)?|Кәсіподақ(?:тар)?(?:дың)?|Lawyer|Members?|Expert|Political|Head|Chief|Chair(?:man|woman)?|Director|Principal|Rector|Secretary|Historian|Economist|Sociologist|Attorney|Advocate)(?![\p{L}])/u;
// Each title of a list ("членом штаба, главным врачом центра") in the
// nominative; an adjective's noun with it ("главным врачом" → "главный врач").
export function nominativeTitle(written: string): string {
  const role = written.replace(OPENING_TITLE, (w) => w.toLowerCase());
  return role
    .split(", ")
    .map((part) => {
      const [first = "", second, ...rest] = part.split(" ");
      const adjective = /^главн/iu.test(first);
      return [
        titleWord(first),
        ...(second === undefined ? [] : [adjective ? titleWord(second) : second]),
        ...rest,
      ].join(" ");
    })
    .join(", ");
}
