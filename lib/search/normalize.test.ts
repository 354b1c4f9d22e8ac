import { describe, expect, it } from "vitest";
import { foldCase, queryKeys, searchKey, searchTextOf } from "./normalize";

describe("foldCase", () => {
  it("lower-cases Kazakh-specific letters", () => {
    expect(foldCase("ӘҒҚҢӨҰҮҺІ")).toBe("әғқңөұүһі");
    expect(foldCase("ҚАЗАҚМЫС")).toBe(foldCase("Қазақмыс"));
  });
});

describe("searchKey", () => {
  it("finds Kazakhmys in every script and case", () => {
    const key = searchKey("Kazakhmys");
    for (const s of ["қазақмыс", "ҚАЗАҚМЫС", "Казахмыс", "КАЗАХМЫС", "Kazakhmys", "KAZAKHMYS", "Qazaqmys"]) {
      expect(searchKey(s), s).toBe(key);
    }
  });

  it("matches Kazakh, Russian and Latin spellings of people", () => {
    expect(searchKey("Торғаев")).toBe(searchKey("Torgayev"));
    expect(searchKey("Torgaev")).toBe(searchKey("Torgayev"));
    expect(searchKey("Утешев")).toBe(searchKey("Uteshev"));
    expect(searchKey("Ерлан Қошанов")).toBe(searchKey("Yerlan Koshanov"));
    expect(searchKey("Жамбыл")).toBe(searchKey("Jambyl"));
    expect(searchKey("Жамбыл")).toBe(searchKey("Zhambyl"));
    expect(searchKey("Тимур Жұмырбаев")).toBe(searchKey("Timur Zhumyrbayev"));
  });

  it("keeps different names apart", () => {
    expect(searchKey("Талас")).not.toBe(searchKey("Тараз"));
    expect(searchKey("Қордай")).not.toBe(searchKey("Байзақ"));
  });

  it("drops punctuation and quotes", () => {
    expect(searchKey("«Көне Тараз»")).toBe(searchKey("Kone Taraz"));
    expect(searchKey("AlES JSC")).toBe(searchKey("ALES, jsc"));
  });
});

describe("searchTextOf", () => {
  it("joins the keys of every part so a substring finds any of them", () => {
    const text = searchTextOf(["Бекқали Торғаев", "B. Torgaev", null, ""]);
    expect(text.includes(searchKey("торғаев"))).toBe(true);
    expect(text.includes(searchKey("Bekkali"))).toBe(true);
  });
});

describe("queryKeys", () => {
  it("keeps doubled letters in words of one or two letters, skeletons the rest", () => {
    expect(queryKeys("zz")).toEqual(["zz"]);
    expect(queryKeys("Көне Та")).toEqual(["kone", "ta"]);
    expect(queryKeys("Ассамблея")).toEqual([searchKey("Ассамблея")]);
    expect(queryKeys("«»  !!!")).toEqual([]);
    expect(queryKeys("zzzzqqq")).toEqual(["zzzzkkk"]);
    expect(queryKeys("Асс")).toEqual(["as"]);
  });
});
