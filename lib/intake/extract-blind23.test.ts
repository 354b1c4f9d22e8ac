// What the blind batches caught in the thirtieth session (277th–), one
// general cause each:
// - 277th (a city polyclinic, a sports school, a mosque, a cement plant
//   online): «профессор Южно-Казахстанского университета им. М. Ауэзова
//   Гульнар Сапарова» names where the speaker works, not another meeting in
//   Turkestan region; «Ақжол» and "Pavlodar" hold no legal form (АҚ, PA) in
//   them, so «Ақжол» мешіті is a mosque, no company, and "Regional department
//   of internal policy" a state body; athletes and coaches are counted, and
//   "members of the public council" are no residents.
// - 278th (a city's light rail, a kindergarten, a farm firm, a village):
//   «бөбекжай-балабақшасында», «в детском саду «Балапан»» are kindergartens
//   (their tutors, тәрбиешілер and воспитатели, are teachers); "staff of the
//   Astana Light Rail Transit (LRT) company" names the firm.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-third set)", () => {
  it("reads a place in the name of a speaker's university as no meeting of its own", () => {
    const drafts = draftsOf(
      "ШЫМКЕНТ. 3 марта в городской поликлинике №3 Шымкента прошла разъяснительная встреча по проекту новой Конституции. Перед медицинскими работниками выступила профессор Южно-Казахстанского университета им. М. Ауэзова Гульнар Сапарова.",
      "2026-03-04",
    );
    expect(drafts.map((d) => [d.region, d.audiences, d.speakers.map((p) => p.name)])).toEqual([
      ["KZ-79", ["medical_workers"], ["Гульнар Сапарова"]],
    ]);
  });

  it("reads a legal form only as a word of its own, and a mosque as where the meeting was", () => {
    const [mosque] = draftsOf(
      "Жаңаөзен қаласындағы «Ақжол» мешітінде 1 наурыз күні Конституция жобасы бойынша түсіндіру жиыны өтті. Жиынға мешіт жамағаты мен ардагерлер қатысты.",
      "2026-03-02",
    );
    expect(mosque?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([["«Ақжол» мешіті", "host", "other"]]);
    const [russian] = draftsOf(
      "1 марта в мечети «Нур» города Жанаозен прошла встреча с прихожанами по проекту новой Конституции.",
      "2026-03-02",
    );
    expect(russian?.organizations.map((o) => [o.name, o.kind])).toEqual([["Мечеть «Нур»", "other"]]);
    const [club] = draftsOf(
      "2 наурызда «Ақ ниет» зейнеткерлер клубында Конституция жобасы бойынша кездесу өтті.",
      "2026-03-03",
    );
    expect(club?.organizations.map((o) => o.kind)).toEqual(["other"]);
  });

  it("counts athletes and coaches, and takes no residents from a public council", () => {
    const [school] = draftsOf(
      "KOSTANAY — Members of the regional public council briefed athletes and coaches of a sports school on the key provisions of the draft Constitution on Thursday. About 60 young athletes and 15 coaches attended.",
      "2026-02-27",
    );
    expect([school?.audiences, school?.audienceSize, school?.audienceEstimate]).toEqual([["other", "youth"], 75, true]);
  });

  it("reads a kindergarten as the meeting's host and its tutors as teachers", () => {
    const [kazakh] = draftsOf(
      "2 наурыз күні «Балдәурен» бөбекжай-балабақшасында тәрбиешілер мен ата-аналармен Конституция жобасы бойынша кездесу ұйымдастырылды.",
      "2026-03-03",
    );
    expect([kazakh?.audiences, kazakh?.organizations.map((o) => [o.name, o.role, o.kind])]).toEqual([
      ["residents", "teachers"],
      [["«Балдәурен» бөбекжай-балабақшасы", "host", "education"]],
    ]);
    const [russian] = draftsOf(
      "2 марта в ясли-саду «Айгөлек» прошла встреча с воспитателями по проекту новой Конституции.",
      "2026-03-03",
    );
    expect([russian?.audiences, russian?.organizations.map((o) => o.name)]).toEqual([
      ["teachers"],
      ["Ясли-сад «Айгөлек»"],
    ]);
  });

  it("names a firm by its capitalised words with its abbreviation after them", () => {
    const [d] = draftsOf(
      "ASTANA — On 4 March, deputies of the Mazhilis met staff of the Astana Light Rail Transit (LRT) company to explain the draft of the new Constitution.",
      "2026-03-05",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([["Astana Light Rail Transit", "host"]]);
  });
});
