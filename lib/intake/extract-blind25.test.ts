// What the blind batches caught in the thirty-first session, from the 301st
// on (the 292nd–300th are in extract-blind24.test.ts), one general cause each:
// - 301st (a heating utility and a polyclinic, a heavy machinery plant, the
//   Assembly's ethnocultural centres, a farm, a parents' session, a chamber
//   of entrepreneurs): «родительский всеобуч» is a meeting, so the school
//   where it was hosts it. (Left alone: «… МКК ұжымымен және аудандық
//   емхананың медицина қызметкерлерімен … екі кездесу өтті» stays one
//   meeting, its two audiences joined by «және».)
// - 302nd (a rare-metals plant, a water utility, cadets' lecture, a village's
//   deputies, senators at a university, a phosphate company): «Депутаттар
//   Асылбек Жұмабаев пен Гүлнар Сейдахметова» share their plural title;
//   «Мұнайлы ауданының Маңғыстау ауылында» is a village of Munaily District,
//   not Mangystau District; "given by Yerbol Saparov, a professor … at the
//   Aktobe Regional University" names where he works, not the host (the
//   cadets' institute, whose cadets are counted, is).
// - 303rd (teachers and doctors of a settlement, a concert-rally at a theatre,
//   the headquarters' videoconference with akims, a village's elders, free
//   legal consultations): «народный артист Казахстана» is a title; «бесплатные
//   консультации по проекту» are outreach, and the lawyers who held them
//   («Юристы … коллегии адвокатов … провели») are not who came (nor, in the
//   set's en-265, "lawyers from the Almaty Bar Association held …").
//   (Left alone: a headquarters' videoconference with akims on the progress
//   of explanatory work is read as outreach.)
// - Review: a meeting put off to a day it names («перенесена на 14 марта»,
//   "postponed to March 14") is still to come, not cancelled.
// - 304th (a petrochemical plant, a council of elders, a youth debate
//   tournament): «дебат-турнир «Конституция глазами молодежи»» takes no young
//   people from its name; "members of the regional Council of Elders" name
//   it as a heading does ("Regional Council of Elders").
// - Review in the browser: «встреча студентов … с депутатом Мажилиса по
//   проекту новой Конституции, запланированная на 3 марта, отменена» (a long
//   subject) is called off; «Встреча прошла в школе, где …, что в проекте
//   отменена смертная казнь» is not (another clause).
import { describe, expect, it } from "vitest";
import { draftStatus } from "./to-body";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-fifth set)", () => {
  it("reads a parents' session at a school as a meeting the school hosts", () => {
    const [school] = draftsOf(
      "В школе-гимназии №8 города Экибастуза 6 марта прошел родительский всеобуч, посвященный проекту новой Конституции. Перед родителями выступила юрист Гульмира Касенова.",
      "2026-03-07",
    );
    expect([school?.format, hostsOf(school)]).toEqual(["meeting", ["Школа-гимназия №8"]]);
  });

  it("shares a Kazakh plural title, and keeps a village in the district named just before it", () => {
    const [village] = draftsOf(
      "Маңғыстау облысы Мұнайлы ауданының Маңғыстау ауылында 6 наурызда аудандық мәслихат депутаттары ауыл тұрғындарымен кездесті. Депутаттар Асылбек Жұмабаев пен Гүлнар Сейдахметова Конституция жобасының негізгі өзгерістерін түсіндірді.",
      "2026-03-07",
    );
    expect([village?.district?.name, village?.speakers.map((p) => p.role)]).toEqual([
      "Munaily District",
      ["депутат", "депутат"],
    ]);
  });

  it("reads a university in the title after a speaker's name as where he works, not the host", () => {
    const [lecture] = draftsOf(
      "A lecture on the draft Constitution for 150 cadets of the Aktobe Military Institute of the Air Defence Forces was given on March 5 by Yerbol Saparov, a professor of constitutional law at the Aktobe Regional University.",
      "2026-03-06",
    );
    expect([lecture?.audiences, hostsOf(lecture)]).toEqual([["other"], ["Aktobe Military Institute"]]);
    const [village] = draftsOf(
      "On March 5, residents of Kargaly village met Yerbol Saparov, a professor of constitutional law at the Aktobe Regional University, to discuss the draft Constitution.",
      "2026-03-06",
    );
    expect(hostsOf(village)).toEqual([]);
  });

  it("reads free consultations as outreach, the lawyers who held them not among who came, and an artist's title", () => {
    const [consult] = draftsOf(
      "Юристы Павлодарской областной коллегии адвокатов 6 марта провели бесплатные консультации для жителей Павлодара по проекту новой Конституции. В общественной приемной партии «AMANAT» за день приняли более 80 человек.",
      "2026-03-07",
    );
    expect(consult?.audiences).toEqual(["residents"]);
    const [rally] = draftsOf(
      "В Кызылорде 3 марта прошел концерт-митинг в поддержку проекта новой Конституции. Перед собравшимися выступил народный артист Казахстана Бекболат Куанышбаев.",
      "2026-03-04",
    );
    expect(rally?.speakers.map((p) => p.role)).toEqual(["народный артист Казахстана"]);
  });

  it("reads a meeting put off to a day it names as still to come, not cancelled", () => {
    const [moved] = draftsOf(
      "Встреча жителей Бурабайского района с депутатом Мажилиса по проекту новой Конституции перенесена на 14 марта.",
      "2026-03-10",
    );
    expect(moved && [moved.cancelled, moved.date, draftStatus(moved, "2026-03-10")]).toEqual([
      false,
      "2026-03-14",
      "planned",
    ]);
  });

  it("reads a hyphenated event's quoted name as no audience, and an association through its members as a heading names it", () => {
    const [debate] = draftsOf(
      "В Костанае 6 марта прошел дебат-турнир «Конституция глазами молодежи». В нем приняли участие 16 команд студентов вузов и колледжей.",
      "2026-03-07",
    );
    expect(debate?.audiences).toEqual(["students"]);
    const [elders] = draftsOf(
      "In Kokshetau, about 70 members of the regional Council of Elders met on March 5 with Senator Bibigul Zhexenbay to talk about the draft Constitution.",
      "2026-03-06",
    );
    expect(hostsOf(elders)).toEqual(["Regional Council of Elders"]);
  });

  it("reads a meeting called off after a long subject, and nothing called off in another clause", () => {
    const [off] = draftsOf(
      "В Таразе встреча студентов Таразского университета с депутатом Мажилиса по проекту новой Конституции, запланированная на 3 марта, отменена.",
      "2026-03-03",
    );
    expect(off?.cancelled).toBe(true);
    const [held] = draftsOf(
      "Встреча прошла в школе, где депутат рассказал, что в проекте новой Конституции отменена смертная казнь.",
      "2026-03-03",
    );
    expect(held?.cancelled).toBe(false);
  });
});
