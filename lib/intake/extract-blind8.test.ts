// What the blind batches from the seventy-third on caught (the nineteenth
// session), one general cause each:
// - 73rd: someone who gives their view after the meeting, named by a job of
//   the audience's kind ("said … foreman Daniyar Serikov", «– отметила
//   студентка …», «– деді кенші …»), came to it and is no speaker; «Кокшетауский
//   университет» and «… университет имени Шокана Уалиханова» are one body,
//   named in full.
// - 75th: "dockers and crane operators of the Aktau International Sea Trade
//   Port" names their workplace, and the town in its name tells that meeting
//   from the next one elsewhere; a week's meetings («За прошедшую неделю …
//   более 200 встреч. В них приняли участие свыше 35 тысяч человек») are a
//   running total; «жас мамандарды қолдау» is a topic, not an audience.
// - 76th: "the draft gives young people more say" is what the draft does, not
//   who came (en-83's annotation had counted the same words as an audience);
//   «85 директоров школ» counts who came; «управлением образования области
//   Жетісу» names the region after «области», as the new regions' names go.
// - 77th: «… Ассамблеи народа Казахстана области Абай Виктор Шварц» — the name
//   after «области» is the region's, not the first of the speaker's.
// - 78th (Astana's districts named like other places: Nura, Baikonyr, Almaty
//   — all read right): "parents of pupils" are parents, not pupils.
// - 79th (the 2022 campaign): «университете имени Жангир хана» keeps the
//   namesake's title.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (eighth set)", () => {
  it("takes someone of the audience quoted on the meeting for no speaker, in each language", () => {
    const [en] = draftsOf(
      'About 300 employees of the Pavlodar Aluminium Smelter attended a meeting on the draft of the new Constitution on 5 March. Senator Bolat Zhumabekov explained the changes. "It is good that we heard it first-hand," said electrolysis shop foreman Daniyar Serikov.',
      "2026-03-06",
    );
    expect(en?.speakers.map((s) => s.name)).toEqual(["Bolat Zhumabekov"]);
    const [ru] = draftsOf(
      "В колледже прошла встреча со студентами по проекту новой Конституции. Выступил депутат Мажилиса Тимур Сейткалиев. «Теперь я знаю, за что голосую», – отметила студентка второго курса Айгерим Садыкова.",
      "2026-03-05",
    );
    expect(ru?.speakers.map((s) => s.name)).toEqual(["Тимур Сейткалиев"]);
    const [kk] = draftsOf(
      "Кеніште кеншілермен жаңа Конституция жобасы бойынша кездесу өтті. Сенат депутаты Ерлан Қожахметов жобаны түсіндірді. «Сұрақтарымызға жауап алдық», – деді кенші Асхат Нұрланов.",
      "2026-03-05",
    );
    expect(kk?.speakers.map((s) => s.name)).toEqual(["Ерлан Қожахметов"]);
  });

  it("keeps a speaker quoted after the meeting who is named by an official title", () => {
    const [d] = draftsOf(
      "В Таразе прошла встреча с жителями по проекту новой Конституции. «Каждый голос важен», – отметил депутат Мажилиса Ерлан Кошанов.",
      "2026-03-05",
    );
    expect(d?.speakers.map((s) => s.name)).toEqual(["Ерлан Кошанов"]);
  });

  it("names a university once, in full, when a headline leaves out whom it is named after", () => {
    const [d] = draftsOf(
      "В Кокшетауском университете прошёл молодёжный форум\n\nКокшетау, 5 марта. В Кокшетауском университете имени Шокана Уалиханова состоялся форум по проекту новой Конституции. Форум открыл ректор университета Арман Исмаилов.",
      "2026-03-05",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Кокшетауский университет имени Шокана Уалиханова", "host"],
    ]);
    expect(hostsOf(d)).toHaveLength(1);
  });

  it("names a port by the staff who met, and tells its meeting from the next one in a district", () => {
    const d = draftsOf(
      "Two meetings on the draft of the new Constitution were held in Mangystau region on Tuesday, 3 March.\n\nIn the morning, Mazhilis deputy Aigerim Balgabayeva met about 120 dockers and crane operators of the Aktau International Sea Trade Port.\n\nIn the afternoon, regional maslikhat deputy Nurlybek Sarsenov travelled to the village of Bautino in Tupkaragan district, where some 60 fishermen gathered at the local school.",
      "2026-03-04",
    );
    expect(d.map((x) => [x.district?.name, x.audienceSize, hostsOf(x)])).toEqual([
      ["Aktau", 120, ["Aktau International Sea Trade Port"]],
      ["Tupkaragan District", 60, []],
    ]);
  });

  it("takes a week's meetings and who came to them all for a running total", () => {
    const [d] = draftsOf(
      "За прошедшую неделю в Костанайской области состоялось более 200 встреч по проекту новой Конституции. В них приняли участие свыше 35 тысяч человек. Самой многолюдной стала встреча в Рудном, где 2 марта с трудовым коллективом АО «ССГПО» встретился депутат Сената Ерлан Абдрахманов. На встречу пришли около 600 горняков.",
      "2026-03-07",
    );
    expect([d?.audienceSize, d?.date]).toEqual([600, "2026-03-02"]);
  });

  it("takes the support of young specialists talked about for no audience of young people", () => {
    const [d] = draftsOf(
      "Павлодар облыстық ауруханасында медицина қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Оған 180-ге жуық дәрігер қатысты. Кездесуде дәрігерлер жалақы мен жас мамандарды қолдау мәселелерін көтерді.",
      "2026-03-05",
    );
    expect(d?.audiences).toEqual(["medical_workers"]);
  });

  it("takes what the draft gives young people for no audience of young people", () => {
    const [en] = draftsOf(
      "Students and teachers of the Ekibastuz Polytechnic College met Mazhilis deputy Samat Musabayev last Friday to discuss the draft of the new Constitution. Musabayev told the roughly 170 people that the draft gives young people more say in local government.",
      "2026-03-02",
    );
    expect(en?.audiences).toEqual(["students", "teachers"]);
    const [ru] = draftsOf(
      "В колледже прошла встреча со студентами по проекту новой Конституции. Депутат рассказал, что проект гарантирует молодым людям право на бесплатное образование.",
      "2026-03-02",
    );
    expect(ru?.audiences).toEqual(["students"]);
  });

  it("counts school directors who came, and names a regional office after «области Жетісу»", () => {
    const [d] = draftsOf(
      "В Талдыкоргане состоялся круглый стол по проекту новой Конституции, организованный управлением образования области Жетісу. В нём приняли участие 85 директоров школ, заместителей и учителей.",
      "2026-02-28",
    );
    expect([d?.audienceSize, hostsOf(d)]).toEqual([85, ["Управление образования области Жетісу"]]);
  });

  it("reads a speaker whose title ends with a new region's name («области Абай Виктор Шварц»)", () => {
    const [d] = draftsOf(
      "В Семее прошла встреча по проекту новой Конституции. Заместитель председателя Ассамблеи народа Казахстана области Абай Виктор Шварц отметил, что объединения поддерживают референдум. Выступил аким района Нуржан Абенов.",
      "2026-03-03",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Виктор Шварц", "заместитель председателя Ассамблеи народа Казахстана области Абай"],
      ["Нуржан Абенов", "аким района"],
    ]);
  });

  it("takes parents of pupils for parents, in each language", () => {
    for (const text of [
      "Residents of Astana's Nura district met a deputy on Tuesday to talk about the draft Constitution. About 140 people came, many of them parents of pupils.",
      "В школе прошла встреча с родителями учащихся по проекту новой Конституции. Пришли 60 человек.",
      "Мектепте оқушылардың ата-аналарымен жаңа Конституция жобасы бойынша кездесу өтті. Оған 60 адам қатысты.",
    ])
      expect(draftsOf(text, "2026-03-04")[0]?.audiences, text).toEqual(["residents"]);
    const [both] = draftsOf(
      "В школе прошла встреча с учащимися и их родителями по проекту новой Конституции.",
      "2026-03-04",
    );
    expect(both?.audiences).toEqual(["students", "residents"]);
  });

  it("keeps a namesake's title in a university's name («имени Жангир хана»)", () => {
    const [d] = draftsOf(
      "27 мая 2022 года в Западно-Казахстанском аграрно-техническом университете имени Жангир хана состоялась встреча студентов с членами областной информационной группы по поправкам в Конституцию.",
      "2022-05-28",
    );
    expect(hostsOf(d)).toEqual(["Западно-Казахстанский аграрно-технический университет имени Жангир хана"]);
  });
});
