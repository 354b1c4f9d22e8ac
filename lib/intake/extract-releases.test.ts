// Press releases and posts: a ministry that held the event, a numbered
// school in English, a workforce or a "public discussion" that is no
// audience, a post's emoji, a speaker's party branch that holds no meeting of
// its own, and titles that run long before a name.
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

const drafts = (text: string, publishedAt: string | null = "2026-03-02") => draftsOf(text, publishedAt);
const hosts = hostsOf;

describe("who held it", () => {
  it("takes the ministry that held the event as its host, in all three languages", () => {
    const [en] = drafts(
      "On 20 February the Ministry of Culture and Information held a forum on the draft Constitution with 90 journalists.",
    );
    expect(hosts(en)).toEqual(["Ministry of Culture and Information"]);
    const [ru] = drafts(
      "Министерство труда провело круглый стол по проекту новой Конституции. В нём участвовали 40 человек.",
    );
    expect(hosts(ru)).toEqual(["Министерство труда"]);
    const [kk] = drafts(
      "Еңбек министрлігі жаңа Конституция жобасы бойынша дөңгелек үстел өткізді. Оған 40 адам қатысты.",
    );
    expect(hosts(kk)).toEqual(["Еңбек министрлігі"]);
  });

  it("takes a numbered school in English as host, and a hospital's whole name once", () => {
    const [school] = drafts(
      "A meeting on the draft new Constitution was held at school-gymnasium No. 7 in Taraz on Friday. About 60 teachers attended.",
    );
    expect(hosts(school)).toEqual(["School-gymnasium No. 7"]);
    const [hospital] = drafts(
      "Doctors of Regional Children's Hospital No. 2 met a senator on the draft new Constitution on Friday.",
    );
    expect(hospital?.organizations.map((o) => o.name)).toEqual(["Regional Children's Hospital No. 2"]);
  });

  it("starts no second meeting at the party branch a speaker heads", () => {
    const ds = drafts(
      "Костанай, 27 мая 2022 года. В Костанайском филиале АО «Казахтелеком» прошла встреча по поправкам в Конституцию. Директор областного филиала партии «AMANAT» Ерлан Ахметов рассказал о поправках. Участвовали около 100 сотрудников.",
      "2022-05-27",
    );
    expect(ds.map((d) => [d.audienceSize, hosts(d)])).toEqual([[100, ["АО «Казахтелеком»"]]]);
  });
});

describe("who came", () => {
  it("takes no workforce for the audience, and no 'public discussion' for residents", () => {
    const [d] = drafts(
      "A meeting on the draft new Constitution, amended after the public discussion, was held at a school in Balkhash on Friday. Over 900 teachers work in the town's schools; some 70 of them attended.",
    );
    expect([d?.audienceSize, d?.audienceEstimate, d?.audiences]).toEqual([70, true, ["teachers"]]);
  });
});

describe("who spoke", () => {
  it("reads a post's title and roles without its emoji", () => {
    const [d] = drafts(
      "📌 Бүгін Шет ауданында тұрғындармен жаңа Конституция жобасы бойынша кездесу өтті.\n\n🗣 Аудан әкімі Ерлан Сейітов жобаның жаңалықтарын түсіндірді.",
    );
    expect(d?.title.startsWith("Бүгін Шет ауданында")).toBe(true);
    expect(d?.speakers.map((s) => s.role)).toEqual(["аудан әкімі"]);
  });

  it("takes a name followed by what was spoken of, and a title that runs long before a name", () => {
    const [kk] = drafts("Кездесуде Мәжіліс депутаты Гүлмира Сапарова Конституция жобасының жаңалықтарын түсіндірді.");
    expect(kk?.speakers.map((s) => s.name)).toEqual(["Гүлмира Сапарова"]);
    const [en] = drafts(
      "A round table on the draft new Constitution was held in Astana. Chairman of the Republican Notary Chamber Yerlan Tugel spoke.",
    );
    expect(en?.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Yerlan Tugel", "chairman of the Republican Notary Chamber"],
    ]);
  });
});

describe("pages and posts of another kind", () => {
  it("drafts nothing from an interview about the draft", () => {
    const r = articleOf(
      "В интервью нашему агентству сенатор Ерлан Садыков рассказал о проекте новой Конституции.\n\n– Какие нормы главные?\n\n– Права человека. Общественное обсуждение показало интерес граждан.",
      "2026-02-10",
    );
    expect([r.isOutreach, r.drafts.length]).toEqual([false, 0]);
  });

  it("reads a national company in its own quotes or forms as the host whose staff were met", () => {
    const [ru] = drafts(
      "В депо Арыси прошла встреча по проекту новой Конституции. Перед работниками филиала АО «НК «Қазақстан темір жолы» выступил сенатор Ерлан Садыков.",
    );
    expect([hosts(ru), ru?.speakers.map((s) => s.role)]).toEqual([["АО «Қазақстан темір жолы»"], ["сенатор"]]);
    const [kk] = drafts(
      "Арыс қаласында «Қазақстан темір жолы» ҰК АҚ Арыс бөлімшесінің қызметкерлерімен жаңа Конституция жобасы бойынша кездесу болды. Жиынды аудан әкімі Ерлан Сейітов ашып, облыстық мәслихат депутаты Руслан Әлиев баяндама жасады.",
    );
    expect([hosts(kk), kk?.speakers.map((s) => s.role)]).toEqual([
      ["«Қазақстан темір жолы» ҰК АҚ"],
      ["аудан әкімі", "облыстық мәслихат депутаты"],
    ]);
  });

  it("keeps a double surname, a university's 'of …', and takes 'Business' in its name for no audience", () => {
    const [d] = drafts(
      "Students of the Almaty University of Power Engineering and Telecommunications met on the draft new Constitution on Monday. Lawyer Saule Akhmetova-Kim spoke to about 150 students of the Faculty of Business.",
    );
    expect([hosts(d), d?.speakers.map((s) => s.name), d?.audiences]).toEqual([
      ["Almaty University of Power Engineering and Telecommunications"],
      ["Saule Akhmetova-Kim"],
      ["students"],
    ]);
  });

  it("counts mothers, reads a chairwoman's title, and a date written next to its weekday", () => {
    const [kk] = drafts(
      "Бүгін Көкшетауда көп балалы аналармен жаңа Конституция жобасы бойынша кездесу өтті. Оған «Ана үйі» қоғамдық бірлестігінің төрайымы Гүлнар Сейітова қатысты. Кездесуге 60-тан астам ана қатысты.",
    );
    expect([kk?.audienceSize, kk?.audiences, kk?.speakers.map((s) => s.role)]).toEqual([
      60,
      ["residents"],
      ["«Ана үйі» қоғамдық бірлестігінің төрайымы"],
    ]);
    const [ru] = drafts(
      "Во встрече по проекту новой Конституции, которая состоялась в среду, 18 февраля, в Кызылорде, приняли участие 130 железнодорожников.",
      "2026-02-19",
    );
    expect([ru?.date, ru?.dateSource]).toEqual(["2026-02-18", "inferred_year"]);
  });
});

describe("names, numbers and places that read two ways", () => {
  it("takes a first name in -ина with its surname, not the word before it", () => {
    const [d] = drafts(
      "В Таразе прошла встреча по проекту новой Конституции. Спикерами выступили: депутат Мажилиса Екатерина Смышляева и юрист Айбек Нурланов. Выступила Екатерина Иванова.",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Екатерина Смышляева", "депутат Мажилиса"],
      ["Айбек Нурланов", "юрист"],
      ["Екатерина Иванова", null],
    ]);
  });

  it("puts a surname with no Russian ending back in the nominative with its first name («Олегом Кимом»)", () => {
    const [d] = drafts(
      "В Таразе прошла встреча с депутатом Мажилиса Олегом Кимом по проекту новой Конституции. Выступление Олега Кима вызвало интерес. Слово предоставили юристу Айгуль Пак.",
    );
    expect(d?.speakers.map((s) => s.name)).toEqual(["Олег Ким", "Айгуль Пак"]);
  });

  it("takes no day of a month for the audience, and reads numbers written as words", () => {
    const [online] = drafts(
      "An online meeting on the draft new Constitution was held on February 19 for members of the Kazakh diaspora. More than 300 ethnic Kazakhs from 12 countries attended.",
    );
    expect([online?.audienceSize, online?.audienceEstimate]).toEqual([300, true]);
    const sizes = [
      "Вчера в Костаное прошла встреча по проекту новой Конституции. Сто пятьдесят студентов задали вопросы.",
      "Кеше Қостанайда жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге жүз елу адам қатысты.",
      "A meeting on the draft new Constitution was held in Kostanay yesterday. A hundred and fifty people came.",
    ].map((t) => drafts(t)[0]?.audienceSize);
    expect(sizes).toEqual([150, 150, 150]);
  });

  it("names an organiser 'по делам молодежи' with the region it serves, and masks a plural title from the audience", () => {
    const [ru] = drafts(
      "Вчера прошла онлайн-встреча молодежи с членом Конституционного суда по проекту новой Конституции. Организатором выступило управление по делам молодежи Костанайской области.",
    );
    expect(hosts(ru)).toEqual(["Управление по делам молодежи Костанайской области"]);
    const [en] = drafts(
      "On March 10, deputies of the Akmola regional maslikhat Ruslan Bekov and Zhanna Tulegenova met with about 120 teachers of Kokshetau on the draft new Constitution.",
    );
    expect(en?.audiences).toEqual(["teachers"]);
  });

  it("reads «Алматы» as the city, also after a district of it", () => {
    const places = [
      "В Алматы прошла встреча с жителями по проекту новой Конституции.",
      "В Алмалинском районе Алматы прошла встреча с жителями по проекту новой Конституции.",
    ].map((t) => {
      const d = drafts(t)[0];
      return [d?.region, d?.district?.name ?? null, d?.uncertain.includes("region")];
    });
    expect(places).toEqual([
      ["KZ-75", null, false],
      ["KZ-75", "Almaly District", false],
    ]);
  });
});

describe("who came, listed", () => {
  it("adds up groups listed together, and reads who came from «пришли»", () => {
    const [kk] = drafts(
      "Атырау мұнай өңдеу зауытында жаңа Конституция жобасы бойынша кездесу өтті. Жиынға зауыттың 45 ардагері мен 60 жас маманы қатысты.",
    );
    expect(kk?.audienceSize).toBe(105);
    const [ru] = drafts(
      "Встреча по проекту новой Конституции прошла 3 марта в Кокшетау. На неё пришли около 130 человек: студенты, пенсионеры, представители неправительственных организаций.",
    );
    expect([ru?.audienceSize, [...(ru?.audiences ?? [])].sort()]).toEqual([130, ["other", "students", "veterans"]]);
  });

  it("keeps a lower-case body before an English title", () => {
    const [d] = drafts(
      "About 400 residents of Koksu district took part in a meeting on the draft new Constitution on Monday. District akim Nurbol Kalibekov and regional maslikhat secretary Serik Dzhumabayev answered questions.",
    );
    expect(d?.speakers.map((s) => s.role)).toEqual(["District akim", "regional maslikhat secretary"]);
  });
});

describe("captions, event names and venues", () => {
  it("takes no photo credit for a title, and no event's quoted name after a plural kind for an organisation", () => {
    const [d] = drafts(
      "Фото: пресс-служба акимата Астаны\n\nСтуденты колледжей обсудили проект Конституции\n\nВ Астане прошел форум студентов колледжей «Жас Ұлан – жаңа Конституция». Форум собрал свыше 600 участников.",
    );
    expect([d?.title.startsWith("Студенты колледжей"), d?.organizations]).toEqual([true, []]);
  });

  it("takes an akimat the meeting was held at as host, a youth centre for no audience, and «Almaty's» for no list", () => {
    const [kk] = drafts(
      "Кеше Астана қаласы Байқоңыр ауданының әкімдігінде аудан тұрғындарымен жаңа Конституция жобасы бойынша кездесу болды.",
    );
    expect(hosts(kk)).toEqual(["Байқоңыр ауданының әкімдігі"]);
    const [en] = drafts(
      "ALMATY, March 3 – Residents of Almaty's Bostandyk district met a Senate deputy on Monday to talk about the draft Constitution at the district's youth centre.",
    );
    expect([en?.region, en?.uncertain.includes("region"), en?.audiences]).toEqual(["KZ-75", false, ["residents"]]);
  });
});

describe("the last probe's finds", () => {
  it("takes a two-letter surname, a lower-case regional hospital and a Kazakh chamber, and no palace for an audience", () => {
    const [ru] = drafts(
      "В Петропавловске встреча с коллективом областной многопрофильной больницы по проекту новой Конституции состоялась в пятницу. Выступил депутат областного маслихата Виктор Ли.",
    );
    expect([hosts(ru), ru?.speakers.map((s) => s.name)]).toEqual([
      ["Областная многопрофильная больница"],
      ["Виктор Ли"],
    ]);
    const [kk] = drafts(
      "Шымкент қаласы кәсіпкерлер палатасында 26 ақпанда кәсіпкерлермен жаңа Конституция жобасы бойынша кездесу өтті.",
    );
    expect(hosts(kk)).toEqual(["Шымкент қаласы кәсіпкерлер палатасы"]);
    const [en] = drafts(
      "More than 300 teachers attended a meeting on the draft new Constitution at the city's Palace of Schoolchildren in Shymkent on Thursday.",
    );
    expect(en?.audiences).toEqual(["teachers"]);
  });
});

describe("organisers and employers written shortly", () => {
  it("reads «Его организовал филиал …» as the host, a role after «приняли участие», and a company by its acronym", () => {
    const [ru] = drafts(
      "Вчера в Талдыкоргане состоялся круглый стол по проекту новой Конституции. Его организовал филиал Ассамблеи народа Казахстана по области Жетісу. В обсуждении приняли участие уполномоченный по правам человека Марат Есенгулов и 40 адвокатов.",
    );
    expect([hosts(ru), ru?.speakers.map((s) => s.role)]).toEqual([
      ["Филиал Ассамблеи народа Казахстана по области Жетісу"],
      ["уполномоченный по правам человека"],
    ]);
    const [en] = drafts(
      "A Mazhilis deputy met with employees of NCOC, the operator of the Kashagan field, in Atyrau on Wednesday to discuss the draft new Constitution.",
    );
    expect(hosts(en)).toEqual(["NCOC"]);
  });
});

describe("councils, prosecutors and police", () => {
  it("takes a council of veterans that hosted as host, a prosecutor's title, a police department and its officers", () => {
    const [en] = drafts(
      "The city council of veterans hosted a discussion on the draft new Constitution in Pavlodar on Wednesday, bringing together about 85 veterans.",
    );
    expect(hosts(en)).toEqual(["City council of veterans"]);
    const [kk] = drafts(
      "Жамбыл облыстық полиция департаментінде 3 наурызда жаңа Конституция жобасы бойынша кездесу өтті. Оған облыстық прокуратураның аға прокуроры Нұрлан Тілеубаев қатысты. Кездесуге 200-ге жуық полиция қызметкері қатысты.",
    );
    expect([hosts(kk), kk?.speakers.map((s) => s.role), kk?.audiences]).toEqual([
      ["Жамбыл облыстық полиция департаменті"],
      ["облыстық прокуратураның аға прокуроры"],
      ["officials"],
    ]);
  });
});
