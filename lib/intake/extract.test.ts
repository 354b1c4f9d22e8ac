// Extraction on the seed documents and on short texts written for these tests
// (news style, our own words), one trap per case.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle, htmlPublished } from "./clean";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";

const ref = offlineReference("2026-12-02");
const seed = (file: string) => cleanArticle(readFileSync(`prisma/seed/data/documents/${file}`, "utf8"));
const run = (text: string, url: string | null = null, publishedAt: string | null = null) =>
  extractArticle({ id: "t", text: cleanArticle(text), url, publishedAt }, ref);
const only = (text: string, url: string | null = null, publishedAt: string | null = null) => {
  const r = run(text, url, publishedAt);
  expect(r.drafts).toHaveLength(1);
  return r.drafts[0]!;
};

describe("the seed documents", () => {
  it("finds the nine Zhambyl meetings, four of them by district", () => {
    const r = extractArticle({ id: "z", text: seed("004_5c4f725deede1c07.txt"), url: null, publishedAt: null }, ref);
    expect(r.language).toBe("kk");
    expect(r.drafts).toHaveLength(9);
    expect(new Set(r.drafts.map((d) => d.region))).toEqual(new Set(["KZ-31"]));
    expect(r.drafts.map((d) => d.district?.name).filter(Boolean)).toEqual([
      "Taraz",
      "Kordai District",
      "Talas District",
      "Baizak District",
      "Zhambyl District",
    ]);
    const main = r.drafts[0]!;
    expect([main.audienceSize, main.audienceEstimate]).toEqual([500, true]);
    expect(main.speakers.map((s) => s.name)).toEqual(["Ерлан Қошанов"]);
    expect(main.date).toBe("2026-02-17");
    expect(main.datePrecision).toBe("on_or_before");
    expect(main.campaign).toBe("referendum-2026");
  });

  it("puts AlES in Almaty city (Auezov district), not Almaty Region named for a speaker", () => {
    const d = extractArticle({ id: "a", text: seed("000_4542048bf317601f.txt"), url: null, publishedAt: null }, ref)
      .drafts[0]!;
    expect(d.region).toBe("KZ-75");
    expect(d.campaign).toBe("referendum-2022");
    expect(d.speakers.map((s) => s.name)).toContain("Bekkali Torgayev");
    expect(d.organizations.find((o) => o.role === "host")?.name).toBe("«AlES» JSC");
    expect(d.audienceSize).toBeNull(); // "33 articles of the Basic Law" is no audience
  });

  it("reads Zhezkazgan as Ulytau and skips the agency's dateline city", () => {
    const d = extractArticle({ id: "k", text: seed("002_9476b51eb910df3f.txt"), url: null, publishedAt: null }, ref)
      .drafts[0]!;
    expect(d.region).toBe("KZ-62");
    expect(d.speakers.map((s) => s.name)).toEqual(["Тимур Жұмырбаев", "Луиза Мінбаева"]);
  });

  it("does not take the author's byline or a page's date line for the event", () => {
    const d = extractArticle({ id: "r", text: seed("003_4d2dcaf49040f97b.txt"), url: null, publishedAt: null }, ref)
      .drafts[0]!;
    expect(d.speakers).toEqual([]);
    expect(d.title).not.toMatch(/^date/);
    expect(d.date).toBe("2026-03-04");
    expect(d.datePrecision).toBe("on_or_before");
    // Nor the page's date line, the rubric or the photo caption for the summary.
    expect(d.summary).toMatch(/^Каждое подразделение/);
  });
});

describe("short texts", () => {
  it("puts names back in the nominative and keeps the role", () => {
    const d = only(
      "В Кордайском районе аким области Ерланом Кошановым была проведена встреча с трудовым коллективом ТОО «Кордай Тас» по проекту новой Конституции. Также выступил депутат маслихата Д. Мынбая.",
    );
    expect(d.region).toBe("KZ-31");
    expect(d.district?.name).toBe("Kordai District");
    expect(d.speakers.map((s) => s.name)).toEqual(["Ерлан Кошанов", "Д. Мынбай"]);
    expect(d.speakers[0]!.role).toBe("аким области");
    expect(d.organizations[0]).toMatchObject({ name: "ТОО «Кордай Тас»", role: "host" });
  });

  it("reads a role written after the name, in brackets or behind a dash", () => {
    const d = only(
      "Таразда Жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде Ерлан Қошанов (облыс әкімінің орынбасары) және Асель Нурланова – облыстық мәслихат депутаты сөз сөйледі.",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Ерлан Қошанов", "облыс әкімінің орынбасары"],
      ["Асель Нурланова", "облыстық мәслихат депутаты"],
    ]);
  });

  it("takes two capitalised words after a title for a name without a surname's ending, but no institution", () => {
    const d = only(
      "Шу ауданында Жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде аудан әкімі Айгерім Бекболат және Ардагерлер Кеңесінің төрағасы сөз сөйледі.",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([["Айгерім Бекболат", "аудан әкімі"]]);
  });

  it("in English, takes a name after a title or its place, never a title's own capitalised words", () => {
    const d = only(
      "Referendum talk at the Shu grain terminal\n\nSHU, March 3. The regional information group met grain terminal workers in Shu District on Tuesday. Deputy akim of Zhambyl Region Aidar Seitkali spoke about the new Constitution, and the Director for Capital Construction answered questions.",
      null,
      "2026-03-04",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([["Aidar Seitkali", "Deputy akim of Zhambyl Region"]]);
    // The dateline's date outweighs "on Tuesday"; the summary starts after the headline and the dateline.
    expect([d.date, d.dateSource]).toEqual(["2026-03-03", "dateline"]);
    expect(d.summary).toMatch(/^The regional information group met/);
  });

  it("reads a Kazakh date with its ending, and an estimate", () => {
    const d = only(
      "2026 жылғы 2 наурызда Семей қаласындағы мәдениет үйінде Жаңа Конституция жобасы бойынша кездесу өтті. Оған 300-ден астам тұрғын қатысты.",
      null,
      "2026-03-03",
    );
    expect([d.date, d.dateSource, d.region]).toEqual(["2026-03-02", "stated", "KZ-10"]);
    expect([d.audienceSize, d.audienceEstimate]).toEqual([300, true]);
  });

  it("reads a Russian day written with its ending, and a date on a line of its own", () => {
    const d = only(
      "Встреча с трудовым коллективом ТОО «Богатырь Комир» по проекту новой Конституции прошла в Экибастузе 2-го марта.",
      null,
      "2026-03-05",
    );
    expect([d.date, d.dateSource]).toEqual(["2026-03-02", "inferred_year"]);
    const release = only(
      "Акимат Павлодарской области\n\n14 февраля 2026 года\n\nВ Экибастузе прошла встреча с горняками по проекту новой Конституции.",
      null,
      "2026-02-26",
    );
    expect([release.date, release.dateSource, release.title]).toEqual([
      "2026-02-14",
      "dateline",
      "В Экибастузе прошла встреча с горняками по проекту новой Конституции.",
    ]);
  });

  it("works out yesterday from the publication date and never dates after it", () => {
    const d = only(
      "Yesterday, staff of the Zhezkazgan copper smelter met members of the regional referendum headquarters to discuss the new Constitution. About 120 workers attended.",
      null,
      "2026-02-20",
    );
    expect([d.date, d.dateSource]).toEqual(["2026-02-19", "relative"]);
    expect(d.region).toBe("KZ-62");
    expect([d.audienceSize, d.audienceEstimate]).toEqual([120, true]);
  });

  it("takes the date and region from the URL when the text has neither", () => {
    const d = only(
      "Students of the agrarian college met deputies to discuss the draft of the new Constitution. The meeting took place in the assembly hall.",
      "https://news.example.kz/kostanay/2026/02/11/students-meet-deputies",
    );
    expect([d.date, d.datePrecision, d.dateSource]).toEqual(["2026-02-11", "on_or_before", "url"]);
    expect(d.region).toBe("KZ-39");
  });

  it("reads round numbers written as words", () => {
    const ru = only("В Таразе прошла встреча по проекту новой Конституции. Пришли более ста жителей.");
    expect([ru.audienceSize, ru.audienceEstimate]).toEqual([100, true]);
    const kk = only("Таразда Жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге жүзден астам тұрғын қатысты.");
    expect([kk.audienceSize, kk.audienceEstimate]).toEqual([100, true]);
  });

  it("never takes years, articles, percentages or sums for the audience", () => {
    const d = only(
      "В Уральске прошла встреча по поправкам в Конституцию. Докладчик рассказал, что изменения затронут 33 статьи, что 2022 год станет переломным, что явка составила 67 процентов и что на ремонт выделено 500 миллионов тенге.",
    );
    expect(d.audienceSize).toBeNull();
    expect(d.region).toBe("KZ-27");
  });

  it("tells Sairam District (Turkistan) from Shymkent, and Abai District from Abai Region", () => {
    expect(only("Сайрам ауданында Ата заң жобасы бойынша тұрғындармен кездесу өтті.").region).toBe("KZ-61");
    expect(only("В Абайской области прошла встреча с ветеранами по новой Конституции.").region).toBe("KZ-10");
  });

  it("says when a text reports no outreach event", () => {
    expect(run("Жители области обсудили строительство АЭС перед референдумом о ядерной энергетике.").reason).toBe(
      "otherReferendum",
    );
    expect(run("Погода в Астане: завтра ожидается снег и ветер до 15 метров в секунду.").reason).toBe("noEvent");
    expect(run("Dies ist ein deutscher Text über das Wetter und die Berge im Sommer.").reason).toBe("language");
  });

  it("reads the text of a page's HTML, evidence pointing into it", () => {
    const r = run(
      "<html><body><nav>Menu</nav><h1>Встреча в Таразе</h1><p>В Таразе прошла встреча студентов с депутатами по проекту новой Конституции. Пришли около 200 студентов.</p></body></html>",
    );
    const d = r.drafts[0]!;
    expect(r.text).not.toMatch(/<|Menu/);
    expect(d.region).toBe("KZ-31");
    const span = d.evidence.audienceSize?.[0];
    expect(span && r.text.slice(span.start, span.end)).toMatch(/200 студентов/);
  });

  it("leaves out a page's menus and 'read also' lists named by class, and reads its publication date", () => {
    const page = `<html><head><meta property="article:published_time" content="2026-02-20T10:00:00+05:00"></head><body>
      <div class="header"><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/p">Политика</a></div>
      <div class="entry-header"><h1>Врачам Актобе разъяснили проект новой Конституции</h1></div>
      <p>19 февраля в областной больнице Актобе прошла встреча медицинских работников с разъяснительной группой.</p>
      <p>Депутат Мажилиса Аскар Жумагалиев рассказал о нормах проекта. В обсуждении приняли участие около 120 врачей.</p>
      <div class="news-related"><ul><li><a href="/1">В Костанае прошла встреча с ветеранами</a></li>
      <li><a href="/2">Аграрии Павлодара встретились с депутатами</a></li></ul></div></body></html>`;
    expect(htmlPublished(page)).toBe("2026-02-20");
    expect(htmlPublished('<script type="application/ld+json">{"datePublished": "2026-03-01T08:00"}</script>')).toBe(
      "2026-03-01",
    );
    expect(htmlPublished("<p>no date</p>")).toBeNull();
    const d = only(page, null, htmlPublished(page));
    expect(d.title).toBe("Врачам Актобе разъяснили проект новой Конституции");
    expect(d.speakers.map((s) => s.name)).toEqual(["Аскар Жумагалиев"]);
    expect([d.date, d.region, d.audienceSize]).toEqual(["2026-02-19", "KZ-15", 120]);
    expect(d.summary).not.toMatch(/Костанае|Главная/);
  });

  it("takes what was asked about for no audience: «медициналық көмек», «вопросы образования»", () => {
    const kk = only(
      "Аудан әкімі кеше ауыл тұрғындарымен кездесіп, жаңа Конституция жобасын түсіндірді. Тұрғындар медициналық көмек туралы сұрады.",
      null,
      "2026-02-21",
    );
    expect(kk.audiences).toEqual(["residents"]);
    const ru = only(
      "В Толебийском районе депутат маслихата Нурлан Ташенов встретился с молодёжью по проекту новой Конституции. Молодых людей интересовали вопросы образования.",
      null,
      "2026-02-19",
    );
    expect(ru.audiences).toEqual(["youth"]);
  });

  it("starts a Kazakh role after when and where: «25 ақпанда … мектепте облыстық мәслихат депутаты»", () => {
    const d = only(
      "25 ақпанда Ақтау қаласындағы №12 мектепте облыстық мәслихат депутаты Асқар Жолдасов ұстаздармен кездесіп, жаңа Конституция жобасын түсіндірді.",
      null,
      "2026-02-26",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([["Асқар Жолдасов", "облыстық мәслихат депутаты"]]);
  });

  it("reads a weekday from a 'Posted' line, and takes a pit named after its kind as host unless its company follows", () => {
    const en = only(
      "Refinery staff hear about the new Constitution\n\nPosted 12.02.2026 | Atyrau\n\nSenator Nurlan Bekmukhanov met more than 150 engineers and operators of the Atyrau Oil Refinery on Wednesday to discuss the draft of the new Constitution.",
    );
    expect([en.date, en.audienceSize, en.audienceEstimate]).toEqual(["2026-02-11", 150, true]);
    const pit = only(
      "В Экибастузе депутат Мажилиса встретился с горняками разреза «Богатырь» по проекту новой Конституции.",
    );
    expect(pit.organizations.map((o) => [o.name, o.role])).toEqual([["Разрез «Богатырь»", "host"]]);
    expect(pit.audiences).toEqual(["labour_collective"]);
  });
});
