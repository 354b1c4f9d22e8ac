// English wire copy as agencies and company sites write it: a dateline with
// the country and the date in brackets, workers named by a trade the tables
// did not know, a port whose staff met, a body's director introduced as
// "Its director", a chamber that says it organised the meeting, and a
// hospital whose staff met, named in lower case.
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
});
