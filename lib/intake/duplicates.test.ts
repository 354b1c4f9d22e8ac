// Two reports of one meeting, told apart from two meetings by what does not
// change between languages: the day, the district, the speakers' names.
import { describe, expect, it } from "vitest";
import { looksSame } from "./duplicates";

const side = (speaker: string, date = "2026-03-04", districtId: number | null = 7) => ({
  date,
  districtId,
  url: null,
  speakers: [{ id: null, names: [speaker] }],
  organizations: [],
});

describe("reports that look like one meeting", () => {
  it("takes a speaker's Kazakh and Russian-form spellings for one person", () => {
    expect(looksSame(side("Ақмарал Жүнісова"), side("Akmaral Zhunusova"))).not.toBeNull();
    expect(looksSame(side("Серік Ержанов"), side("Серик Ержанов"))).not.toBeNull();
  });

  it("keeps apart other people, other initials and meetings a week apart", () => {
    expect(looksSame(side("Ақмарал Жүнісова"), side("Akmaral Zhaksybekova"))).toBeNull();
    expect(looksSame(side("Ақмарал Жүнісова"), side("Bolat Zhunusov"))).toBeNull();
    expect(looksSame(side("Ақмарал Жүнісова"), side("Akmaral Zhunusova", "2026-03-11"))).toBeNull();
  });
});
