// What the eighteenth blind batch (2022 reports, old place names) caught: a
// woman's first name in the accusative or dative before her surname, a title
// that "met" ends, the members of a council of veterans who were met, a
// university named only for someone in Kazakh, and Astana's district
// «Байконур» (not the leased city); of the nineteenth, a power station by its
// number; of the twentieth, a chamber named with its town, a centre for active
// longevity, rice growers; of the twenty-first, the day before yesterday and a
// town polyclinic in Kazakh; of the twenty-second, a council's town and a
// namesake's two names; of the twenty-third, «Еленой Тарасенко», «имени
// аль-Фараби» and young scholars; of the twenty-fourth, villagers met on one
// day and railway workers on the next, and a council of veterans «in its
// building», in either script; of the twenty-sixth, a youth resource centre
// named in lower case; of the twenty-eighth, a company "filled the plant's
// hall" and «Қазхром» ТҰК АҚ.
import { describe, expect, it } from "vitest";
import { nominative } from "./names";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (third set)", () => {
  it("puts a woman's name in the accusative or dative back in the nominative", () => {
    const ru = (a: string, b: string) => nominative([a, b], "ru").join(" ");
    expect(ru("Галину", "Сергиенко")).toBe("Галина Сергиенко");
    expect(ru("Марию", "Петрову")).toBe("Мария Петрова");
    expect(ru("Наталью", "Ким")).toBe("Наталья Ким");
    expect(ru("Ирине", "Петровой")).toBe("Ирина Петрова");
    expect(ru("Ерлану", "Кошанову")).toBe("Ерлан Кошанов");
  });

  it('ends a title at "met", and takes the council of veterans whose members were met for the host', () => {
    const [d] = draftsOf(
      "TALDYKORGAN, May 30, 2022 — About 60 members of the Taldykorgan city council of veterans met Almaty region akimat official Serik Bekov on Monday to discuss the constitutional amendments.",
      "2022-05-30",
    );
    expect([d?.region, d?.speakers.map((s) => s.role), d?.audiences, hostsOf(d)]).toEqual([
      "KZ-33",
      ["Almaty region akimat official"],
      ["veterans"],
      ["Taldykorgan city council of veterans"],
    ]);
  });

  it("takes a Kazakh university named only for someone for the host, and Astana's district «Байконур»", () => {
    const [kk] = draftsOf(
      "2022 жылғы 25 мамырда Семей қаласындағы Шәкәрім атындағы университетте қала мұғалімдерімен кездесу өтті. Кездесуге 180-ге жуық ұстаз қатысты. Депутат Әлия Қасымова Ата заңға енгізілетін өзгерістер туралы айтып берді.",
      "2022-05-26",
    );
    expect([kk?.region, hostsOf(kk)]).toEqual(["KZ-10", ["Шәкәрім атындағы университет"]]);
    const [ru] = draftsOf(
      "В Нур-Султане 27 мая прошла встреча жителей района «Байконур» с депутатом Мажилиса Ириной Смирновой. Она рассказала о поправках в Конституцию, в ней приняли участие более 90 человек.",
      "2022-05-28",
    );
    expect([ru?.region, ru?.district?.name]).toEqual(["KZ-71", "Baikonyr District"]);
  });

  it("takes a power station named by its number alone for the host, not one inside a company's quoted name", () => {
    const [post] = draftsOf(
      "🔹 Сегодня в Экибастузе депутат Мажилиса Владимир Ткаченко встретился с энергетиками ГРЭС-1. 👥 Более 200 работников станции обсудили с ним проект новой Конституции.",
      "2026-03-04",
    );
    expect([post?.region, post?.audienceSize, hostsOf(post)]).toEqual(["KZ-55", 200, ["ГРЭС-1"]]);
    const [quoted] = draftsOf(
      "Екібастұзда «Екібастұз ГРЭС-1» ЖШС ұжымымен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 150 энергетик қатысты.",
      "2026-03-04",
    );
    expect(hostsOf(quoted)).toEqual(["«Екібастұз ГРЭС-1» ЖШС"]);
  });

  it("takes a chamber named with its town, and a centre for active longevity, for the host; rice growers are counted", () => {
    const [en] = draftsOf(
      "KOSTANAY, March 6, 2026 – The Kostanay regional chamber of entrepreneurs hosted a round table on Thursday where some 50 business owners discussed the draft Constitution with Senator Gulmira Abenova.",
      "2026-03-06",
    );
    expect(hostsOf(en)).toEqual(["Kostanay regional chamber of entrepreneurs"]);
    const [ru] = draftsOf(
      "В Усть-Каменогорске 4 марта в центре активного долголетия прошла встреча с пенсионерами. На неё пришли 65 человек, им рассказали о проекте новой Конституции.",
      "2026-03-05",
    );
    expect([hostsOf(ru), ru?.audiences]).toEqual([["Центр активного долголетия"], ["veterans"]]);
    const [growers] = draftsOf(
      "Some 70 rice growers from farms in Syrdarya District met Mazhilis deputy Askar Shakirov on March 5 to discuss the draft Constitution.",
      "2026-03-06",
    );
    expect([growers?.audienceSize, growers?.audienceEstimate]).toEqual([70, true]);
  });

  it('dates «позавчера», «алдыңгүні» and "the day before yesterday" two days before the publication', () => {
    const dateOf = (text: string) => draftsOf(text, "2026-03-06")[0]?.date;
    expect(
      dateOf(
        "Позавчера в Аксу с коллективом завода встретился депутат Мажилиса. Около 260 металлургов выслушали разъяснения по проекту новой Конституции.",
      ),
    ).toBe("2026-03-04");
    expect(
      dateOf(
        "Алдыңгүні Талдықорған қалалық емханасында дәрігерлерге жаңа Конституция жобасы түсіндірілді. Кездесуге 70-ке жуық медицина қызметкері қатысты.",
      ),
    ).toBe("2026-03-04");
    expect(
      dateOf(
        "The day before yesterday some 80 teachers in Taraz met a Mazhilis deputy to discuss the draft Constitution.",
      ),
    ).toBe("2026-03-04");
    const [kk] = draftsOf(
      "Алдыңгүні Талдықорған қалалық емханасында дәрігерлерге жаңа Конституция жобасы түсіндірілді. Кездесуге 70-ке жуық медицина қызметкері қатысты.",
      "2026-03-06",
    );
    expect(hostsOf(kk)).toEqual(["Талдықорған қалалық емханасы"]);
  });

  it("keeps the town before a Kazakh council of veterans, and both words of a university's namesake", () => {
    const hosts = (text: string) => hostsOf(draftsOf(text, "2026-03-07")[0]);
    expect(
      hosts(
        "11 наурызда Қызылорда қалалық ардагерлер кеңесінде зейнеткерлермен жаңа Конституция жобасы бойынша кездесу өтеді.",
      ),
    ).toEqual(["Қызылорда қалалық ардагерлер кеңесі"]);
    expect(
      hosts(
        "Бүгін облыстық ардагерлер кеңесінде жаңа Конституция жобасы бойынша кездесу өтті. Оған 60 ардагер қатысты.",
      ),
    ).toEqual(["Облыстық ардагерлер кеңесі"]);
    expect(
      hosts(
        "10 марта в актовом зале Карагандинского технического университета имени Абылкаса Сагинова состоится встреча студентов с депутатом Сената по проекту новой Конституции.",
      ),
    ).toEqual(["Карагандинский технический университет имени Абылкаса Сагинова"]);
  });

  it("reads «Еленой Тарасенко», a university «имени аль-Фараби», and young scholars as youth", () => {
    const [d] = draftsOf(
      "В Казахском национальном университете имени аль-Фараби 3 марта состоялась встреча молодых учёных с депутатом Мажилиса Еленой Тарасенко. В ней приняли участие 95 магистрантов и докторантов, им рассказали о проекте новой Конституции.",
      "2026-03-04",
    );
    expect([d?.speakers.map((s) => s.name), hostsOf(d), d?.audiences]).toEqual([
      ["Елена Тарасенко"],
      ["Казахский национальный университет имени аль-Фараби"],
      ["youth"],
    ]);
  });

  it("reads villagers as residents, so a meeting with them and one with railway workers the next day are two", () => {
    const drafts = draftsOf(
      "Актау, 5 марта. На этой неделе в двух районах области прошли встречи по проекту новой Конституции. Во вторник в селе Шетпе Мангистауского района с сельчанами встретился аким района Нурлан Жумабаев. В среду в поселке Бейнеу перед работниками железнодорожной станции выступила депутат Мажилиса Гульжан Сарсенова.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.audiences, d.speakers.map((s) => s.name)])).toEqual([
      ["Mangystau District", "2026-03-03", ["residents"], ["Нурлан Жумабаев"]],
      ["Beineu District", "2026-03-04", ["labour_collective"], ["Гульжан Сарсенова"]],
    ]);
  });

  it("takes the council of veterans in whose building the meeting was for the host, in either script", () => {
    const hosts = (text: string) => hostsOf(draftsOf(text, "2026-03-04")[0]);
    expect(
      hosts(
        "Кеше Павлодар қалалық ардагерлер кеңесінің ғимаратында зейнеткерлермен жаңа Конституция жобасы бойынша кездесу өтті.",
      ),
    ).toEqual(["Павлодар қалалық ардагерлер кеңесі"]);
    expect(
      hosts(
        "Pavlodar, 4 naýryz. Keshe qalalyq ardagerler keńesiniń ǵımaratynda zeınetkerlermen túsindirý kezdesýi ótti. Oblystyq máslıhat depýtaty jańa Konstıtýsıa jobasyn túsindirdi.",
      ),
    ).toEqual(["Qalalyq ardagerler keńesi"]);
  });

  it("takes a youth resource centre named in lower case, where the meeting was, for the host", () => {
    const hosts = (text: string) => hostsOf(draftsOf(text, "2026-03-04")[0]);
    expect(
      hosts(
        "Бүгін облыстық жастар ресурстық орталығында «Жаңа Конституция – жаңа мүмкіндіктер» атты жастар форумы өтті. Форумға 500-ден астам жас қатысты.",
      ),
    ).toEqual(["Облыстық жастар ресурстық орталығы"]);
    expect(
      hosts("Вчера в городском молодёжном ресурсном центре прошла встреча студентов по проекту новой Конституции."),
    ).toEqual(["Городской молодёжный ресурсный центр"]);
  });

  it('ends an English name before "the", and reads «ТҰК АҚ» as a legal form', () => {
    const [en] = draftsOf(
      "PAVLODAR, March 6 — Nearly 250 workers of Pavlodar Petrochemical Plant LLP filled the plant's assembly hall on Friday to discuss the draft of the new Constitution with Senator Nurlan Abenov.",
      "2026-03-06",
    );
    expect(hostsOf(en)).toEqual(["Pavlodar Petrochemical Plant"]);
    const [kk] = draftsOf(
      "Кеше «Қазхром» ТҰК АҚ-ның Дон тау-кен байыту комбинатында кеншілермен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-02-27",
    );
    expect(kk?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["«Қазхром» ТҰК АҚ", "participant"],
      ["Дон тау-кен байыту комбинаты", "host"],
    ]);
  });
});
