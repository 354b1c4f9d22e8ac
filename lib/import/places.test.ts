import { describe, expect, it } from "vitest";
import { placeIndex, type PlaceRegion } from "./places";

const regions: PlaceRegion[] = [
  {
    id: 1,
    iso: "KZ-31",
    nameEn: "Zhambyl Region",
    nameRu: "Жамбылская область",
    nameKk: "Жамбыл облысы",
    districts: [
      { id: 10, nameEn: "Korday District", nameRu: "Кордайский район", nameKk: "Қордай ауданы" },
      { id: 11, nameEn: "Baizak District", nameRu: "Байзакский район", nameKk: "Байзақ ауданы" },
    ],
  },
  {
    id: 2,
    iso: "KZ-10",
    nameEn: "Abai Region",
    nameRu: "область Абай",
    nameKk: "Абай облысы",
    districts: [{ id: 20, nameEn: "Abai District", nameRu: "Абайский район", nameKk: "Абай ауданы" }],
  },
  { id: 3, iso: "KZ-79", nameEn: "Shymkent", nameRu: "Шымкент", nameKk: "Шымкент", districts: [] },
  { id: 4, iso: "KZ-75", nameEn: "Almaty", nameRu: "Алматы", nameKk: "Алматы", districts: [] },
  {
    id: 5,
    iso: "KZ-19",
    nameEn: "Almaty Region",
    nameRu: "Алматинская область",
    nameKk: "Алматы облысы",
    districts: [],
  },
  ...(
    [
      [6, "KZ-63", "East Kazakhstan Region", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы"],
      [7, "KZ-27", "West Kazakhstan Region", "Западно-Казахстанская область", "Батыс Қазақстан облысы"],
      [8, "KZ-59", "North Kazakhstan Region", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы"],
    ] as const
  ).map(([id, iso, nameEn, nameRu, nameKk]) => ({ id, iso, nameEn, nameRu, nameKk, districts: [] })),
];
const places = placeIndex(regions);

describe("places by any spelling", () => {
  it("finds a region by name, alias, case form, script or code", () => {
    for (const s of [
      "Жамбылская область",
      "Жамбыльская обл",
      "Жамбыл облысында",
      "Zhambyl",
      "zhambyl oblysy",
      "KZ-31",
      "kz31",
    ]) {
      expect(places.region(s), s).toEqual({ iso: "KZ-31" });
    }
    expect(places.region("Абайская область")).toEqual({ iso: "KZ-10" });
    expect(places.region("г. Шымкент")).toEqual({ iso: "KZ-79" });
    // The city and the region around it: the name as written decides.
    expect(places.region("Алматы")).toEqual({ iso: "KZ-75" });
    expect(places.region("Алматы облысы")).toEqual({ iso: "KZ-19" });
    expect(places.region("Алматинская обл.")).toEqual({ iso: "KZ-19" });
    // A city word, abbreviated too, names the city.
    for (const s of ["Алматы қ.", "Алматы қаласы", "Almaty city", "г. Алматы", "город Алматы"])
      expect(places.region(s), s).toEqual({ iso: "KZ-75" });
  });
  it("reads a region's abbreviation as written: ВКО is East, WKO West, ШҚО is not СКО", () => {
    expect(places.region("ВКО")).toEqual({ iso: "KZ-63" });
    expect(places.region("ШҚО")).toEqual({ iso: "KZ-63" });
    expect(places.region("ЗКО")).toEqual({ iso: "KZ-27" });
    expect(places.region("WKO")).toEqual({ iso: "KZ-27" });
    expect(places.region("СКО")).toEqual({ iso: "KZ-59" });
    expect(places.region("СҚО")).toEqual({ iso: "KZ-59" });
  });
  it("says so when a name is unknown", () => {
    expect(places.region("Нарния")).toMatchObject({ message: "import.problems.unknownRegion" });
    expect(places.region("KZ-99")).toMatchObject({ message: "import.problems.unknownRegion" });
  });
  it("finds a district within its region only", () => {
    expect(places.district("KZ-31", "Кордайский район")).toEqual({ id: 10 });
    expect(places.district("KZ-31", "Қордай")).toEqual({ id: 10 });
    expect(places.district("KZ-31", "Korday district")).toEqual({ id: 10 });
    expect(places.district("KZ-10", "Абай ауданы")).toEqual({ id: 20 });
    expect(places.district("KZ-31", "Абай ауданы")).toMatchObject({ message: "import.problems.unknownDistrict" });
    // A district's centre under another name than the district's.
    expect(places.district("KZ-31", "Сарыкемер")).toEqual({ id: 11 });
  });
});
