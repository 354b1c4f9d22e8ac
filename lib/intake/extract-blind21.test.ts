// What the blind batches caught once extract-blind20 was full (the
// twenty-eighth session), one general cause each:
// - 250th, read again for the evaluation set: «3️⃣ Прием граждан в акимате
//   Алмалинского района» after two listed meetings is a third, though it names
//   no audience and the one before no place (an item telling an event), and a
//   reception of citizens is a meeting, as the set reads it.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-first set)", () => {
  it("reads each listed event as one, a reception of citizens a meeting", () => {
    const post = draftsOf(
      "1️⃣ Встреча с работниками ТЭЦ-2 — 80 человек\n2️⃣ Беседа со студентами АУЭС — 150 человек\n3️⃣ Прием граждан в акимате Алмалинского района\nВсе мероприятия прошли 5 марта в Алматы в рамках разъяснения проекта новой Конституции.",
      "2026-03-06",
    );
    expect(post.map((d) => [d.format, d.district?.name ?? null])).toEqual([
      ["meeting", null],
      ["meeting", null],
      ["meeting", "Almaly District"],
    ]);
  });
});
