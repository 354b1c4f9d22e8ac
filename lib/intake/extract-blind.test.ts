// What articles written and annotated before the intake read them caught: a
// count of proposals taken for the audience, an institute named in lower case
// where the meeting was, a district's name in the headline read as the city of
// the same name, a surname made from a place.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind", () => {
  it("takes no count of proposals from citizens for the audience, and the institute where teachers met for the host", () => {
    const [d] = draftsOf(
      "PETROPAVL, February 24, 2026 – Senator Olga Bulavkina met with teachers at the regional teachers' training institute on Tuesday to discuss the draft Constitution. She noted that 1,240 proposals from citizens had been sent to the Constitutional Commission. Around 160 teachers took part in the meeting.",
      "2026-02-25",
    );
    expect([d?.audienceSize, d?.audienceEstimate, hostsOf(d)]).toEqual([
      160,
      true,
      ["Regional teachers' training institute"],
    ]);
  });

  it("takes no «ауыл» after «Қызылжарда» for its kind: the district named in full wins over the city also called so", () => {
    const [d] = draftsOf(
      "Қызылжарда ауыл еңбеккерлерімен жүздесу\n\nСолтүстік Қазақстан облысы Қызылжар ауданы Бесқұдық ауылында 19 ақпанда «Бесқұдық» ЖШС еңбеккерлерімен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-02-20",
    );
    expect([d?.region, d?.district?.name, d?.locality]).toEqual(["KZ-59", "Kyzylzhar District", null]);
  });

  it("keeps a meeting where it was when a speaker's surname opens with a district's name", () => {
    const [d] = draftsOf(
      "More than 300 employees of the Kentau Transformer Plant attended an explanatory meeting on the draft Constitution on February 20. The meeting was led by lawyer Aliya Dzhaksybekova.",
      "2026-02-21",
    );
    expect([d?.region, d?.district?.name]).toEqual(["KZ-61", "Kentau"]);
  });
});
