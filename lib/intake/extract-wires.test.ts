// English wire copy as agencies and company sites write it: a dateline with
// the country and the date in brackets, or only a city in capitals and a full
// stop; workers named by a trade the tables did not know; a port whose staff
// met; a body's director introduced as "Its director"; a chamber that says it
// organised the meeting, or where the meeting was held; a hospital whose staff
// met, named in lower case. Also a memorandum signing, in Kazakh.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("English wire copy", () => {
  it("counts a weekday from a dateline in brackets, and reads dockers as the audience of a port's meeting", () => {
    const d = draftsOf(
      "AKTAU, Kazakhstan (March 2, 2026) – Workers of the Aktau International Sea Trade Port gathered on Friday for a meeting on the draft Constitution. Around 180 dockers, crane operators and office staff attended the session.",
    );
    expect(d.map((x) => [x.date, x.dateSource, x.audienceSize, hostsOf(x)])).toEqual([
      ["2026-02-27", "relative", 180, ["Aktau International Sea Trade Port"]],
    ]);
  });

  it("takes 'Its director' for a director, and a chamber that organised the meeting for its host, in one meeting", () => {
    const d = draftsOf(
      "Around 90 small business owners met in Shymkent on February 27 to discuss the draft of the new Constitution. The regional chamber of entrepreneurs organized the meeting. Its director, Murat Abenov, spoke about private property.",
      "2026-03-05",
    );
    expect(d.map((x) => [hostsOf(x), x.speakers.map((s) => s.role)])).toEqual([
      [["Regional chamber of entrepreneurs"], ["director"]],
    ]);
  });

  it("takes a hospital named in lower case whose staff met for the host", () => {
    const [d] = draftsOf(
      "Doctors and nurses of the Semey emergency hospital met with Senator Kairat Aitbayev on March 4 to discuss the draft of the new Constitution.",
    );
    expect(hostsOf(d)).toEqual(["Semey emergency hospital"]);
  });

  it("takes the chamber of entrepreneurs where business owners gathered for the host", () => {
    const [d] = draftsOf(
      "SHYMKENT – More than 150 entrepreneurs gathered at the regional chamber of entrepreneurs on February 26 to discuss how the draft new Constitution would protect private property. Over 11.9 million citizens are eligible to vote in the March 15 referendum.",
      "2026-02-27",
    );
    expect([hostsOf(d), d?.audienceSize, d?.audiences]).toEqual([
      ["Regional chamber of entrepreneurs"],
      150,
      ["business"],
    ]);
  });

  it("reads a city in capitals and a full stop after the headline as a dateline, not as where the meeting was", () => {
    const [d] = draftsOf(
      "Reform explained to Kostanay farmers\n\nKOSTANAY. Members of the regional information group met with agricultural workers of Karabalyk district on 18 February to discuss the draft of the new Constitution.",
      "2026-02-19",
    );
    expect([d?.region, d?.district?.name]).toEqual(["KZ-39", "Karabalyk District"]);
  });

  it("takes a capitalised title after the name for the role («Yerlan Karin, State Counsellor, met …»)", () => {
    const [d] = draftsOf(
      "SHYMKENT, March 3 (Kazinform) — Yerlan Karin, State Counsellor, met about 300 entrepreneurs of Shymkent on Tuesday to talk about the draft Constitution.",
      "2026-03-03",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([["Yerlan Karin", "State Counsellor"]]);
  });
});

describe("a memorandum", () => {
  it("names a memorandum signing for what it is, but not a memorandum signed at the end of a meeting", () => {
    const [signed] = draftsOf(
      "Қостанай қаласында 3 наурыз күні облыстық ардагерлер кеңесі мен жастар қанаты арасында ынтымақтастық туралы меморандумға қол қойылды. Іс-шара жаңа Конституция жобасын түсіндіру аясында өтті. Кездесуге 120-дан астам ардагер мен жас қатысты.",
      "2026-03-04",
    );
    expect(signed?.format).toBe("memorandum_signing");
    const [meeting] = draftsOf(
      "Кеше Сәтбаев қаласында жаңа Конституция жобасы бойынша жұмысшы жастармен кездесу өтті. Жиын соңында жастар ұйымдары мен кәсіпорын ынтымақтастық туралы меморандумға қол қойды.",
      "2026-03-04",
    );
    expect(meeting?.format).toBe("meeting");
  });
});
