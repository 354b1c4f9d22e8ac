// What the blind batches caught in the forty-first session, one general cause
// each (the 459th–478th are in extract-blind34.test.ts):
// - 479th (a locomotive depot, a regional hospital's doctors, a society of
//   disabled people, a sports school's coaches, a power station):
//   «мүгедектер қоғамында», «в обществе инвалидов», "at the Society of
//   Persons with Disabilities" host the meeting held there; a "children's
//   and youth sports school" and "youth sports coaches" name no young people.
// - 480th (fishermen, a microdistrict's residents, a rural school's teachers,
//   pensioners at a veterans' house, a copper smelter): a headline's
//   "Turkestan:" under an agency's "TURKESTAN REGION" dateline is the region,
//   and the district the text names stands.
// - 483rd (librarians, emergency workers, rice growers at a house of
//   culture, school directors at a town's department, college students):
//   «в городском отделе образования Семея» keeps its town (not a speaker's
//   name after it); local historians («краеведы», «өлкетанушылар») are an
//   audience with the cultural figures.
// - 484th (young entrepreneurs at a chamber's branch, an aluminium smelter,
//   police veterans, a zinc company's mining complex, parents at a
//   kindergarten): "the Talgar district akimat said" told of the meeting and
//   took no part in it; "at the Balbobek kindergarten" hosts.
// - 486th (soldiers at a military unit, refinery workers, law students and
//   judges, mothers at a family centre, a public service centre's staff):
//   «в Центре обслуживания населения города Талдыкорган» (a town's name that
//   does not decline) and «халыққа қызмет көрсету орталығында» host.
// - 487th (chrome miners, a students' debate, market traders, villagers at
//   a house of culture, a transport company's staff): "Aktobe chrome
//   workers …" in a headline over "met … in Khromtau" — a headline's town
//   that is also its region's name may mean the region — with "the
//   Kostenko mine of ArcelorMittal Temirtau" no place (a one-word brand's
//   town is its name's); «около 70 торговцев», «70-ке жуық саудагер» are
//   counted, and «на центральном рынке Павлодара», «Павлодардың орталық
//   базарында» (a market in lower case, with its town) host.
// - 490th (a phosphorus plant, young police officers, nurses at a perinatal
//   centre, volunteers at a youth centre): "employees of the Kazphosphate's
//   Novodzhambul phosphorus plant" (a stray article before the company's
//   possessive) name the company that hosts; «облыстық перинаталдық
//   орталығында» hosts, as a hospital named by its level does.
// - 491st–492nd (farmers at a district akimat, a technical university,
//   a chemical combine, mothers at a family centre; port workers
//   "yesterday", copper miners «алдыңгүні», pensioners "last Wednesday",
//   youth at a palace of culture): «Алдыңгүні Сәтбаев қаласындағы» (a word
//   opening a Kazakh sentence before a town that is also a surname) is no
//   speaker; "Pensioners of the West Kazakhstan regional council of
//   veterans" name the council that hosts.
// - 493rd (power engineers at a station, tourism workers at a rest base,
//   an oil company's young specialists, phosphate miners, teachers at a
//   school-gymnasium): "Young specialists of Mangistaumunaigas" name the
//   company that hosts; "of KazMunayGas subsidiary" names none.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (thirty-fifth set)", () => {
  it("makes a society of disabled people where the meeting was its host", () => {
    const [kk] = draftsOf(
      "21 ақпанда Қызылорда қаласындағы мүгедектер қоғамында жаңа Конституция жобасын түсіндіру мақсатында кездесу ұйымдастырылды. Кездесуде облыстық мәслихаттың депутаты Гүлнар Әбдіхалықова сөз сөйледі. Іс-шараға 35 адам қатысты.",
      "2026-02-23",
    );
    const [ru] = draftsOf(
      "21 февраля в обществе инвалидов города Кызылорды прошла встреча по проекту новой Конституции. Выступила депутат областного маслихата Гульнар Абдихалыкова. Присутствовали 35 человек.",
      "2026-02-23",
    );
    const [en] = draftsOf(
      "KYZYLORDA, Feb. 21 — A meeting on the draft Constitution was held on Saturday at the Society of Persons with Disabilities. Regional maslikhat deputy Gulnar Abdikhalykova spoke to 35 members.",
      "2026-02-23",
    );
    expect(hostsOf(kk)).toEqual(["Мүгедектер қоғамы"]);
    expect(hostsOf(ru)).toEqual(["Общество инвалидов"]);
    expect(hostsOf(en)).toEqual(["Society of Persons with Disabilities"]);
    expect(kk?.audiences).toEqual(["other"]);
  });

  it("reads no young people in a youth sports school's name", () => {
    const [d] = draftsOf(
      "Youth sports coaches in Taraz discuss referendum\n\nTARAZ — Coaches of the Zhambyl regional specialised children's and youth sports school met on Monday, Feb. 23, with Mazhilis deputy Yerlan Saparov to talk about the upcoming referendum on the new Constitution. About 45 coaches took part.",
      "2026-02-24",
    );
    expect(d?.audiences).not.toContain("youth");
  });

  it("reads a headline's name as the region an agency's dateline calls it", () => {
    const [d] = draftsOf(
      "Turkestan: akim meets teachers of a rural school ahead of vote\n\nTURKESTAN REGION, March 3 — Sairam district akim Nurlan Abdrakhmanov met teachers of the Karabulak village secondary school No. 45 on Tuesday to explain the draft Constitution. Nearly 70 teachers attended.",
      "2026-03-04",
    );
    expect(d?.region).toBe("KZ-61");
    expect(d?.district?.name).toBe("Sairam District");
  });

  it("keeps the town of a department in lower case where the meeting was", () => {
    const [d] = draftsOf(
      "9 марта в городском отделе образования Семея состоялся семинар для директоров школ города. Нормы проекта Конституции в сфере образования разъяснила депутат Мажилиса Гульнара Ахметова. В семинаре участвовали 90 руководителей школ.",
      "2026-03-10",
    );
    const [named] = draftsOf(
      "9 марта в районном отделе образования Алия Сейтова провела встречу по проекту Конституции с учителями. Пришли 50 учителей.",
      "2026-03-10",
    );
    expect(hostsOf(d)).toEqual(["Городской отдел образования Семея"]);
    expect(hostsOf(named)).toEqual(["Районный отдел образования"]);
  });

  it("reads local historians as an audience", () => {
    const [en] = draftsOf(
      "A round table on the draft Constitution took place on Tuesday at the Oskemen city library. It was attended by about 40 local historians and teachers of history. Lawyer Timur Abdrakhmanov spoke.",
      "2026-03-05",
    );
    const [ru] = draftsOf(
      "4 марта в областной библиотеке Усть-Каменогорска прошел круглый стол по проекту Конституции с краеведами. Выступил юрист Тимур Абдрахманов. Присутствовали 40 человек.",
      "2026-03-05",
    );
    expect(en?.audiences).toContain("other");
    expect(ru?.audiences).toContain("other");
  });

  it("takes a body that told of the meeting for no party to it, and a named kindergarten for the host", () => {
    const [d] = draftsOf(
      "TALGAR, March 15 — Parents of children at the Balbobek kindergarten in Talgar met on Saturday with regional maslikhat deputy Zhanar Tokhtarova to discuss the draft Constitution's provisions on family and children. Some 60 parents attended, the Talgar district akimat said.",
      "2026-03-16",
    );
    expect(d?.organizations.map((o) => o.name)).toEqual(["Balbobek kindergarten"]);
    expect(hostsOf(d)).toEqual(["Balbobek kindergarten"]);
  });

  it("makes a public service centre where the meeting was its host", () => {
    const [ru] = draftsOf(
      "6 марта в Центре обслуживания населения города Талдыкорган прошла встреча с коллективом. Проект новой Конституции разъяснил член областной разъяснительной группы Ерлан Мамыров. В мероприятии приняли участие около 50 сотрудников.",
      "2026-03-07",
    );
    const [kk] = draftsOf(
      "6 наурызда Талдықорған қаласының халыққа қызмет көрсету орталығында жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық түсіндіру тобының мүшесі Ерлан Мамыров сөйледі. Кездесуге 50 қызметкер қатысты.",
      "2026-03-07",
    );
    expect(hostsOf(ru)).toEqual(["Центр обслуживания населения города Талдыкорган"]);
    expect(hostsOf(kk)).toEqual(["Талдықорған қаласының халыққа қызмет көрсету орталығы"]);
  });

  it("takes a town the report names over a headline's town that is also its region's name", () => {
    const [d] = draftsOf(
      "Aktobe chrome workers hear senator on Constitution draft\n\nAKTOBE, Feb. 13 — Workers of the Donskoy mining and processing plant, a division of Kazchrome, met on Friday in Khromtau with Senator Nurlan Nurzhigitov. The senator outlined the main changes in the draft Constitution. More than 250 miners attended.",
      "2026-02-14",
    );
    const [brand] = draftsOf(
      "Karaganda miners hear about constitutional amendments\n\nKARAGANDA, May 28, 2022 — About 100 miners of the Kostenko mine of ArcelorMittal Temirtau met members of the regional explanatory group on Friday to discuss the amendments to the Constitution that go to a referendum on June 5.",
      "2022-05-28",
    );
    expect(d?.district?.name).toBe("Khromtau District");
    expect(brand?.district?.name).toBe("Karaganda");
  });

  it("counts market traders and makes their market in lower case the host", () => {
    const [ru] = draftsOf(
      "16 февраля на центральном рынке Павлодара прошла встреча с предпринимателями по проекту Конституции. Выступил депутат Ерлан Мусин. В разговоре приняли участие около 70 торговцев.",
      "2026-02-17",
    );
    const [kk] = draftsOf(
      "16 ақпанда Павлодардың орталық базарында кәсіпкерлермен кездесу өтті. Жаңа Конституция жобасы туралы облыстық мәслихат депутаты Ерлан Мұсин айтты. Кездесуге 70-ке жуық саудагер қатысты.",
      "2026-02-17",
    );
    expect(ru?.audienceSize).toBe(70);
    expect(kk?.audienceSize).toBe(70);
    expect(hostsOf(ru)).toEqual(["Центральный рынок Павлодара"]);
    expect(hostsOf(kk)).toEqual(["Павлодардың орталық базары"]);
  });

  it("reads a company's possessive after a stray article, and a perinatal centre by its level", () => {
    const [plant] = draftsOf(
      "TARAZ, March 3 — Around 190 employees of the Kazphosphate's Novodzhambul phosphorus plant met on Tuesday with Mazhilis deputy Saule Aitpayeva. The meeting focused on the draft Constitution's provisions on labour rights.",
      "2026-03-04",
    );
    const [centre] = draftsOf(
      "5 наурызда Ақтөбе облыстық перинаталдық орталығында медбикелермен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық мәслихат депутаты Айнұр Бекова сөйледі. Кездесуге 80-ге жуық медбике қатысты.",
      "2026-03-06",
    );
    expect(hostsOf(plant)).toEqual(["Kazphosphate"]);
    expect(hostsOf(centre)).toEqual(["Облыстық перинаталдық орталық"]);
  });

  it("takes no word opening a Kazakh sentence for a given name", () => {
    for (const opener of ["Алдыңгүні", "Кеше", "Биыл"]) {
      const [d] = draftsOf(
        `${opener} Сәтбаев қаласындағы кеншілермен жаңа Конституция жобасы бойынша кездесу болды. Кездесуде облыстық мәслихат депутаты Дәурен Сейітов сөз сөйледі. Кездесуге 130 кенші қатысты.`,
        "2026-03-03",
      );
      expect(d?.speakers.map((s) => s.name)).toEqual(["Дәурен Сейітов"]);
    }
  });

  it("makes the council of veterans whose pensioners were met the host", () => {
    const [d] = draftsOf(
      "URALSK — Pensioners of the West Kazakhstan regional council of veterans met last Wednesday with Mazhilis deputy Elnar Kozhakhmetov to discuss the draft Constitution. About 50 pensioners attended.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["West Kazakhstan regional council of veterans"]);
  });

  it("names a company through its young specialists, not a parent whose subsidiary they work for", () => {
    const [d] = draftsOf(
      "Aktau: young specialists of KazMunayGas subsidiary discuss draft\n\nAKTAU, Feb. 22 — Young specialists of Mangistaumunaigas met on Sunday with Mazhilis deputy Aidos Sarym to discuss the draft Constitution. About 60 young oil workers took part in the meeting at the company's headquarters.",
      "2026-02-23",
    );
    expect(d?.organizations.map((o) => o.name)).toEqual(["Mangistaumunaigas"]);
    expect(hostsOf(d)).toEqual(["Mangistaumunaigas"]);
  });
});
