// What the blind batches caught in the thirty-first session, from the 301st
// on (the 292nd–300th are in extract-blind24.test.ts), one general cause each:
// - 301st (a heating utility and a polyclinic, a heavy machinery plant, the
//   Assembly's ethnocultural centres, a farm, a parents' session, a chamber
//   of entrepreneurs): «родительский всеобуч» is a meeting, so the school
//   where it was hosts it. (Left alone: «… МКК ұжымымен және аудандық
//   емхананың медицина қызметкерлерімен … екі кездесу өтті» stays one
//   meeting, its two audiences joined by «және».)
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-fifth set)", () => {
  it("reads a parents' session at a school as a meeting the school hosts", () => {
    const [school] = draftsOf(
      "В школе-гимназии №8 города Экибастуза 6 марта прошел родительский всеобуч, посвященный проекту новой Конституции. Перед родителями выступила юрист Гульмира Касенова.",
      "2026-03-07",
    );
    expect([school?.format, hostsOf(school)]).toEqual(["meeting", ["Школа-гимназия №8"]]);
  });
});
