// Where the meeting was and who spoke, as regional reports put it: «в стенах»
// a college, a hospital that says it hosted, a title after a comma in the
// instrumental («, адвокатом»), whom a Kazakh speaker met written before the
// title («Металлургтермен Мәжіліс депутаты»), a university that says it
// hosted, a centre or a Kazakh club where members met, young men and women.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

const roles = (d: { speakers: Array<{ name: string; role: string | null }> } | undefined) =>
  d?.speakers.map((s) => [s.name, s.role]);

describe("hosts and titles in regional reports", () => {
  it("takes the college within whose walls («в стенах») the meeting was held for the host, and each title in the nominative", () => {
    const [d] = draftsOf(
      "В стенах Семейского медицинского колледжа 26 февраля состоялась встреча студентов с членом областного штаба поддержки референдума, адвокатом Маратом Ескендировым. Он рассказал будущим медикам о проекте новой Конституции. Встреча собрала около 70 студентов.",
      "2026-02-27",
    );
    expect([hostsOf(d), roles(d), d?.audiences]).toEqual([
      ["Семейский медицинский колледж"],
      [["Марат Ескендиров", "член областного штаба поддержки референдума, адвокат"]],
      ["students"],
    ]);
  });

  it("takes a hospital that says it hosted the meeting, and the doctors and nurses counted as its audience", () => {
    const [d] = draftsOf(
      "The regional multidisciplinary hospital in Kyzylorda hosted an explanatory meeting on the draft new Constitution on March 3. Some 85 doctors and nurses heard from regional headquarters member Gulmira Seitova, a lawyer.",
      "2026-03-04",
    );
    expect([hostsOf(d), d?.audienceSize, d?.audiences]).toEqual([
      ["Regional multidisciplinary hospital"],
      85,
      ["medical_workers"],
    ]);
  });

  it("leaves whom a Kazakh speaker met out of the title", () => {
    const [d] = draftsOf(
      "Балқаш қаласындағы «Қазақмыс Смэлтинг» ЖШС кәсіпорнында 27 ақпанда жаңа Конституция жобасын түсіндіру мақсатында кездесу ұйымдастырылды. Металлургтермен Мәжіліс депутаты Арман Жұмабеков кездесті.",
      "2026-02-28",
    );
    expect([hostsOf(d), roles(d)]).toEqual([["«Қазақмыс Смэлтинг» ЖШС"], [["Арман Жұмабеков", "Мәжіліс депутаты"]]]);
  });

  it("leaves whom a Kazakh speaker spoke to, and who met them, out of the title", () => {
    const [told] = draftsOf(
      "Абай облысы Жарма ауданының Қалбатау ауылында 26 ақпанда жаңа Конституция жобасы бойынша түсіндіру кездесуі өтті. Ауыл тұрғындарына облыстық мәслихат депутаты Айдын Сәрсенбаев жобаның негізгі бағыттарын түсіндірді.",
      "2026-02-27",
    );
    expect(roles(told)).toEqual([["Айдын Сәрсенбаев", "облыстық мәслихат депутаты"]]);
    const [met] = draftsOf(
      "4 наурызда Рудный қаласында «ССКӨБ» АҚ кеншілері Парламент Сенатының депутаты Ерболат Кенжебаевпен жүздесті. Кездесуге 250-ге жуық кенші қатысып, жаңа Конституция жобасы туралы сұрақтар қойды.",
      "2026-03-05",
    );
    expect(roles(met)).toEqual([["Ерболат Кенжебаев", "Парламент Сенатының депутаты"]]);
    const [table] = draftsOf(
      "Қарағанды университетінде 3 наурызда жаңа Конституция туралы дөңгелек үстел болды. Дөңгелек үстелге облыс прокурорының орынбасары Қанат Әбенов қатысты.",
      "2026-03-04",
    );
    expect(roles(table)).toEqual([["Қанат Әбенов", "облыс прокурорының орынбасары"]]);
  });

  it("takes a university that says it hosted, and a centre whose members met, for the host; a dean is a title", () => {
    const [hosted] = draftsOf(
      "ALMATY – Al-Farabi Kazakh National University hosted a round table on the draft Constitution on Wednesday, bringing together about 120 law professors and students. The dean of the law faculty, Saltanat Myrzakhmetova, spoke at the event.",
      "2026-02-26",
    );
    expect([hostsOf(hosted), roles(hosted)]).toEqual([
      ["Al-Farabi Kazakh National University"],
      [["Saltanat Myrzakhmetova", "dean of the law faculty"]],
    ]);
    const [centre] = draftsOf(
      "KOKSHETAU, March 2 – A group of about 40 pensioners met with Mazhilis deputy Dana Akhmetova at the city's Centre for Active Longevity on Monday to discuss the draft Constitution.",
      "2026-03-02",
    );
    expect(hostsOf(centre)).toEqual(["Centre for Active Longevity"]);
  });

  it("takes a Kazakh club where the meeting was for the host, and no body opened by a pronoun", () => {
    const [d] = draftsOf(
      "Шымкент қаласының Абай ауданында 24 ақпан күні «Ақ ниет» зейнеткерлер клубында Конституция жобасы бойынша түсіндіру жиыны өтті. Жиынға 60 жастан асқан 45 зейнеткер қатысты. Оларға қалалық мәслихат депутаты Гүлжан Тоқтарова жаңа Ата Заңның нормаларын түсіндірді.",
      "2026-02-25",
    );
    expect([d?.region, d?.district?.name, d?.audienceSize, d?.organizations.map((o) => [o.name, o.role])]).toEqual([
      "KZ-79",
      "Abai District",
      45,
      [["«Ақ ниет» зейнеткерлер клубы", "host"]],
    ]);
  });

  it("counts young men and women, and reads them as youth", () => {
    const [d] = draftsOf(
      "Форум, состоявшийся 28 февраля во Дворце молодежи Кызылорды, собрал более 500 юношей и девушек со всех районов области. Участники обсудили проект новой Конституции.",
      "2026-03-01",
    );
    expect([d?.audienceSize, d?.audienceEstimate, d?.audiences]).toEqual([500, true, ["youth"]]);
  });

  it("takes a body the meeting was organised together with («совместно с») for a second host, never the first", () => {
    const [en] = draftsOf(
      "Korkyt Ata Kyzylorda University hosted a youth forum on the draft Constitution on 2 March, organised together with the regional youth resource centre. More than 600 students took part.",
      "2026-03-03",
    );
    expect(hostsOf(en)).toEqual(["Korkyt Ata Kyzylorda University", "Regional youth resource centre"]);
    const [ru] = draftsOf(
      "Акцию организовал областной филиал партии «AMANAT» совместно с управлением молодежной политики Жамбылской области. В ней приняли участие 300 молодых людей, им рассказали о проекте новой Конституции.",
      "2026-03-07",
    );
    expect(hostsOf(ru)).toEqual(["«AMANAT»", "Управление молодежной политики Жамбылской области"]);
    // The akim met them together with a deputy: a person, no second host.
    const [alone] = draftsOf(
      "Аким района провёл встречу с жителями села совместно с депутатом маслихата. Встреча прошла 5 марта, пришли 80 жителей, разговор шёл о проекте новой Конституции.",
      "2026-03-06",
    );
    expect(hostsOf(alone)).toEqual([]);
  });
});
