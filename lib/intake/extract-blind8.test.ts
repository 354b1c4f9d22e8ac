// What the blind batches from the seventy-third on caught (the nineteenth
// session), one general cause each:
// - 73rd: someone who gives their view after the meeting, named by a job of
//   the audience's kind ("said … foreman Daniyar Serikov", «– отметила
//   студентка …», «– деді кенші …»), came to it and is no speaker; «Кокшетауский
//   университет» and «… университет имени Шокана Уалиханова» are one body,
//   named in full.
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
});
