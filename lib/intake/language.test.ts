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
});
