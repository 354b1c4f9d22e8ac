import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("reads a Russian report that spells Kazakh names in Kazakh letters as Russian", () => {
    const text =
      "3 марта в Кызылорде прошла встреча с коллективом ГКП «Кызылорда су жүйесі». Около 110 работников водоканала встретились с членом информационной группы Қайратом Қасымбековым. Қайрат Қасымбеков рассказал о нормах проекта, а директор Асылбек Дүйсенов ответил на вопросы.";
    expect(detectLanguage(text)).toEqual({ language: "ru" });
  });

  it("still reads a Kazakh report as Kazakh, and a Russian one with a Kazakh name or two as Russian", () => {
    expect(
      detectLanguage(
        "Жамбыл облысы Талас ауданы әкімдігінде 2 наурызда мемлекеттік қызметшілермен Жаңа Конституция жобасы бойынша кездесу өтті. Оған 60-қа жуық қызметші қатысты.",
      ),
    ).toEqual({ language: "kk" });
    expect(
      detectLanguage(
        "В Таразе прошла встреча с работниками предприятия по проекту Конституции. Выступил Ерлан Қошанов.",
      ),
    ).toEqual({ language: "ru" });
  });

  it("reads an English report with a name in the Kazakh Latin alphabet as English, and a Kazakh Latin one as Kazakh", () => {
    expect(
      detectLanguage(
        "Aqtóbe: students discuss Constitution\n\nA round table on the draft new Constitution was held at the Aktobe Higher Medical College on March 2. Around 90 students took part.",
      ),
    ).toEqual({ language: "en" });
    expect(detectLanguage("Keshe Aqtóbe qalasynda jańa Konstıtýtsııa jobasy boıynsha kezdesý ótti.")).toEqual({
      language: "kk",
    });
  });
});
