import { describe, expect, it } from "vitest";
import { associationsIn } from "./associations";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("associationsIn", () => {
  it("finds a regional association named without quotes, in the nominative", () => {
    const names = (text: string) => associationsIn(text).map((a) => a.name);
    expect(names("Сегодня Ассоциация предпринимателей Атырауской области подписала меморандум.")).toEqual([
      "Ассоциация предпринимателей Атырауской области",
    ]);
    expect(names("Встреча прошла в Палате предпринимателей города Шымкента.")).toEqual([
      "Палата предпринимателей города Шымкента",
    ]);
    expect(names("С Союзом женщин Костанайской области встретился депутат.")).toEqual([
      "Союз женщин Костанайской области",
    ]);
  });

  it("needs whom it gathers and its region", () => {
    expect(associationsIn("Ассоциация провела встречу в Атырауской области.")).toEqual([]);
    expect(associationsIn("Союз предпринимателей провёл встречу.")).toEqual([]);
  });

  it("takes the association that held the meeting for its host", () => {
    const [d] = draftsOf(
      "Вчера Ассоциация фермеров Костанайской области провела встречу с аграриями по проекту новой Конституции. На встрече выступил депутат маслихата Иван Петров.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Ассоциация фермеров Костанайской области"]);
  });
});
