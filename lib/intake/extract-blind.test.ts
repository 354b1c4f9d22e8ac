// What articles written and annotated before the intake read them caught: a
// count of proposals taken for the audience, an institute named in lower case
// where the meeting was, a district's name in the headline read as the city of
// the same name, a surname made from a place, two village meetings of one
// day, a plant named with three lower-case words, organisers joined by «и», a
// dateline city as the only place named, a first name that is also a city's,
// «По словам» with a name in the genitive, a railway station, «қаласындағы»,
// a lecture, a school grade, a plural title in the instrumental, an akimat in
// English, shepherds, elders and a vet, a speech to teachers, a flash mob, an
// organiser over a library, an association's members, a union's members.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind", () => {
  it("takes no count of proposals from citizens for the audience, and the institute where teachers met for the host", () => {
    const [d] = draftsOf(
      "PETROPAVL, February 24, 2026 – Senator Olga Bulavkina met with teachers at the regional teachers' training institute on Tuesday to discuss the draft Constitution. She noted that 1,240 proposals from citizens had been sent to the Constitutional Commission. Around 160 teachers took part in the meeting.",
      "2026-02-25",
    );
    expect([d?.audienceSize, d?.audienceEstimate, hostsOf(d)]).toEqual([
      160,
      true,
      ["Regional teachers' training institute"],
    ]);
  });

  it("takes no «ауыл» after «Қызылжарда» for its kind: the district named in full wins over the city also called so", () => {
    const [d] = draftsOf(
      "Қызылжарда ауыл еңбеккерлерімен жүздесу\n\nСолтүстік Қазақстан облысы Қызылжар ауданы Бесқұдық ауылында 19 ақпанда «Бесқұдық» ЖШС еңбеккерлерімен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-02-20",
    );
    expect([d?.region, d?.district?.name, d?.locality]).toEqual(["KZ-59", "Kyzylzhar District", null]);
  });

  it("keeps a meeting where it was when a speaker's surname opens with a district's name", () => {
    const [d] = draftsOf(
      "More than 300 employees of the Kentau Transformer Plant attended an explanatory meeting on the draft Constitution on February 20. The meeting was led by lawyer Aliya Dzhaksybekova.",
      "2026-02-21",
    );
    expect([d?.region, d?.district?.name]).toEqual(["KZ-61", "Kentau"]);
  });

  it("tells two village meetings of one day apart, and reads the title after «рассказал»", () => {
    const d = draftsOf(
      "16 февраля члены районной информационной группы провели встречи в двух сельских округах Байзакского района Жамбылской области. В селе Сарыкемер во встрече приняли участие 85 жителей. О главных положениях проекта Конституции рассказал руководитель отдела внутренней политики района Ерлан Бекмуханов. В тот же день в селе Диханкол группа встретилась с работниками крестьянского хозяйства. Перед 40 аграриями выступил депутат районного маслихата Аскар Ибраимов.",
      "2026-02-17",
    );
    expect(d.map((x) => [x.date, x.audienceSize, x.speakers.map((p) => [p.name, p.role])])).toEqual([
      ["2026-02-16", 85, [["Ерлан Бекмуханов", "руководитель отдела внутренней политики района"]]],
      ["2026-02-16", 40, [["Аскар Ибраимов", "депутат районного маслихата"]]],
    ]);
  });

  it("takes a plant named with three lower-case words for the host of its workers' meeting, not of one its workers came to", () => {
    const [plant] = draftsOf(
      "In Khromtau, employees of the Donskoy mining and processing plant met Senator Nurlan Bekov on February 19 to discuss the draft new Constitution. About 200 workers attended.",
      "2026-02-20",
    );
    expect(hostsOf(plant)).toEqual(["Donskoy mining and processing plant"]);
    const [town] = draftsOf(
      "Residents of Lisakovsk met members of the regional outreach group at the town's House of Culture on Saturday, February 21, to discuss the draft Constitution. Around 230 people took part, most of them pensioners and workers of the Lisakovsk mining and processing plant.",
      "2026-02-22",
    );
    expect(hostsOf(town)).toEqual([]);
  });

  it("takes a body that organised the round table over the House of Friendship it was held in, and an advocate's title", () => {
    const [d] = draftsOf(
      "Вчера в Доме дружбы Талдыкоргана состоялся круглый стол по проекту новой Конституции. Его организовали региональный филиал Ассамблеи народа Казахстана и областной общественный совет. С докладами выступили уполномоченный по правам человека Бауржан Омаров и адвокат Серик Жанибеков.",
      "2026-02-26",
    );
    expect([hostsOf(d), d?.speakers.map((p) => p.role)]).toEqual([
      ["Региональный филиал Ассамблеи народа Казахстана"],
      ["уполномоченный по правам человека", "адвокат"],
    ]);
  });

  it("places a meeting in the dateline's city when nothing else names one", () => {
    const [d] = draftsOf(
      "KARAGANDA – Miners of the Kostenko mine of Qarmet JSC gathered on Wednesday for an explanatory meeting on the draft Constitution. The meeting was attended by Senator Ruslan Akhmetov and Karaganda regional akim's adviser Galym Tokenov.",
      "2026-03-05",
    );
    expect([d?.region, d?.district?.name]).toEqual(["KZ-35", "Karaganda"]);
  });

  it("takes no first name for a place («Нурсултан Абдуллаев» is not Astana's old name), and no second meeting for it", () => {
    const d = draftsOf(
      "4 марта в Шымкенте состоялась встреча с представителями малого и среднего бизнеса по проекту новой Конституции. Перед 75 предпринимателями выступил заместитель акима района Нурсултан Абдуллаев.",
      "2026-03-05",
    );
    expect(d.map((x) => [x.region, x.audienceSize, x.speakers.map((p) => p.name)])).toEqual([
      ["KZ-79", 75, ["Нурсултан Абдуллаев"]],
    ]);
  });

  it("reads «По словам Е. Смайлова» as the speaker met before, and a railway station and a plant «қаласындағы» as hosts", () => {
    const [quoted] = draftsOf(
      "В школе-лицее №65 Есильского района Астаны 2 марта прошла встреча педагогов с депутатом Мажилиса Е. Смайловым по проекту новой Конституции. По словам Е. Смайлова, право на бесплатное образование сохраняется.",
      "2026-03-03",
    );
    expect(quoted?.speakers.map((p) => p.name)).toEqual(["Е. Смайлов"]);
    const [station] = draftsOf(
      "A meeting on the draft new Constitution was held for workers of the Ushtobe railway station in Karatal district on February 24.",
      "2026-02-25",
    );
    expect(hostsOf(station)).toEqual(["Ushtobe railway station"]);
    const [plant] = draftsOf(
      "Павлодар облысы Ақсу қаласындағы ферроқорытпа зауытының ұжымымен 25 мамырда Конституцияға енгізілетін түзетулер бойынша кездесу өтті.",
      "2022-05-26",
    );
    expect(hostsOf(plant)).toEqual(["Ақсу ферроқорытпа зауыты"]);
  });

  it("reads a lecture as a meeting, and takes no school grade for the audience", () => {
    const [lecture] = draftsOf(
      "A lecture on the draft new Constitution for residents of the town of Baikonur took place at the town's House of Culture on March 1. A prosecutor explained the main changes to around 70 people.",
      "2026-03-02",
    );
    expect([lecture?.format, lecture?.audienceSize]).toEqual(["meeting", 70]);
    const [pupils] = draftsOf(
      "Екібастұз қаласындағы №5 мектеп-гимназияда 3 наурызда жоғары сынып оқушыларына жаңа Конституция жобасы туралы дәріс оқылды. Дәрісті қалалық соттың судьясы Алтай Жұмабеков өткізді. Оған 9–11 сынып оқушылары, барлығы 120 бала қатысты.",
      "2026-03-04",
    );
    expect([pupils?.format, pupils?.audienceSize, pupils?.speakers.map((p) => [p.name, p.role])]).toEqual([
      "meeting",
      120,
      [["Алтай Жұмабеков", "қалалық соттың судьясы"]],
    ]);
  });

  it("gives each of two deputies named after a plural title in the instrumental the title, a woman's undeclined surname kept", () => {
    const [d] = draftsOf(
      "Вчера в ТОО «Агрофирма Родина» прошла встреча механизаторов с депутатами Мажилиса Айдосом Сарсенбаевым и Ольгой Гребенюк по проекту новой Конституции.",
      "2026-02-27",
    );
    expect(d?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Айдос Сарсенбаев", "депутат Мажилиса"],
      ["Ольга Гребенюк", "депутат Мажилиса"],
    ]);
    const [man] = draftsOf(
      "Вчера в Рудном прошла встреча горняков с депутатом Мажилиса Сергеем Пономаревым по проекту новой Конституции. Сергей Пономарев ответил на вопросы.",
      "2026-02-27",
    );
    expect(man?.speakers.map((p) => p.name)).toEqual(["Сергей Пономарев"]);
  });

  it("takes an akimat that a meeting was held at, in English, for the host", () => {
    const [d] = draftsOf(
      "Farmers of Talgar district met members of the regional information group at the Talgar district akimat on Monday, March 2, to discuss the draft Constitution.",
      "2026-03-03",
    );
    expect(hostsOf(d)).toEqual(["Talgar district akimat"]);
  });

  it("counts shepherds and elders, and takes a vet («мал дәрігері») for no medical worker", () => {
    const [shepherds] = draftsOf(
      "2026 жылғы 12 ақпанда Жаңаарқа ауданының Атасу кентінде мал шаруашылығы саласының еңбеккерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 45 шопан мен мал дәрігері қатысты.",
      "2026-02-13",
    );
    expect([shepherds?.audienceSize, shepherds?.audiences.includes("medical_workers")]).toEqual([45, false]);
    const [elders] = draftsOf(
      "Сегодня утром в селе Аксукент Сайрамского района состоялась встреча аксакалов с депутатом областного маслихата по проекту новой Конституции. В ней приняли участие 40 аксакалов и имамов мечетей района.",
      "2026-02-24",
    );
    expect(elders?.audienceSize).toBe(40);
  });

  it("reads a speech to teachers about the draft as an event, though no word says meeting", () => {
    const d = draftsOf(
      "Teachers of Shymkent's Karatau district were briefed on the draft Constitution earlier this week. Constitutional law expert Nurlan Seitkali spoke to around 110 teachers about the rights of children.",
      "2026-02-27",
    );
    expect(d.map((x) => [x.district?.name, x.audienceSize, x.audiences])).toEqual([
      ["Karatau District", 110, ["teachers"]],
    ]);
  });

  it("reads a flash mob in English as an event", () => {
    const d = draftsOf(
      "SEMEY, March 4 – A team of 60 volunteers from 12 schools and 3 colleges of Semey held a flash mob in the city centre on Wednesday, handing out 5,000 leaflets about the draft Constitution.",
      "2026-03-05",
    );
    expect(d.map((x) => [x.format, x.audienceSize])).toEqual([["rally", 60]]);
  });

  it("takes the body that organised a meeting over the library it was held in, and an association whose members met", () => {
    const [library] = draftsOf(
      "Kostanay: meeting at the regional library\n\nA meeting on the draft Constitution for residents of Kostanay was held on February 21. About 70 people attended the event, which was organized by the regional department of internal policy.",
      "2026-02-22",
    );
    expect(hostsOf(library)).toEqual(["Regional department of internal policy"]);
    const [bar] = draftsOf(
      "Members of the Aktobe Regional Bar Association met on February 23 to discuss the draft Constitution. The meeting was attended by about 45 lawyers.",
      "2026-02-24",
    );
    expect(hostsOf(bar)).toEqual(["Aktobe Regional Bar Association"]);
  });

  it("counts the members of a union who came («90-ға жуық кәсіподақ мүшесі»)", () => {
    const [d] = draftsOf(
      "Талдықорған қаласында 27 ақпанда кәсіподақ белсенділерімен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 90-ға жуық кәсіподақ мүшесі қатысты.",
      "2026-02-28",
    );
    expect([d?.audienceSize, d?.audienceEstimate]).toEqual([90, true]);
  });
});
