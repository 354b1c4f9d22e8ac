// Where the meeting was and who spoke, as regional reports put it: «в стенах»
// a college, a hospital that says it hosted, a title after a comma in the
// instrumental («, адвокатом»), and whom a Kazakh speaker met written before
// the title («Металлургтермен Мәжіліс депутаты»).
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

const roles = (d: { speakers: Array<{ name: string; role: string | null }> } | undefined) =>
  d?.speakers.map((s) => [s.name, s.role]);

describe("hosts and titles in regional reports", () => {
  it("takes the college within whose walls («в стенах») the meeting was held for the host, and each title in the nominative", () => {
    const [d] = draftsOf(
      "В стенах Семейского медицинского колледжа 26 февраля состоялась встреча студентов с членом областного штаба поддержки референдума, адвокатом Маратом Ескендировым. Он рассказал будущим медикам о проекте новой Конституции. Встреча собрала около 70 студентов.",
      "2026-02-27",
    );
    expect([hostsOf(d), roles(d), d?.audiences]).toEqual([
      ["Семейский медицинский колледж"],
      [["Марат Ескендиров", "член областного штаба поддержки референдума, адвокат"]],
      ["students"],
    ]);
  });

  it("takes a hospital that says it hosted the meeting, and the doctors and nurses counted as its audience", () => {
    const [d] = draftsOf(
      "The regional multidisciplinary hospital in Kyzylorda hosted an explanatory meeting on the draft new Constitution on March 3. Some 85 doctors and nurses heard from regional headquarters member Gulmira Seitova, a lawyer.",
      "2026-03-04",
    );
    expect([hostsOf(d), d?.audienceSize, d?.audiences]).toEqual([
      ["Regional multidisciplinary hospital"],
      85,
      ["medical_workers"],
    ]);
  });

  it("leaves whom a Kazakh speaker met out of the title", () => {
    const [d] = draftsOf(
      "Балқаш қаласындағы «Қазақмыс Смэлтинг» ЖШС кәсіпорнында 27 ақпанда жаңа Конституция жобасын түсіндіру мақсатында кездесу ұйымдастырылды. Металлургтермен Мәжіліс депутаты Арман Жұмабеков кездесті.",
      "2026-02-28",
    );
    expect([hostsOf(d), roles(d)]).toEqual([["«Қазақмыс Смэлтинг» ЖШС"], [["Арман Жұмабеков", "Мәжіліс депутаты"]]]);
  });
});
