import { describe, expect, it } from "vitest";
import { sentencesOf } from "./clean";
import { findOrganizations } from "./organizations";

/** Each akimat or maslikhat found: its name, and whether it held the meeting. */
const bodies = (text: string) =>
  findOrganizations(text, sentencesOf(text))
    .filter((o) => o.kind === "public_body")
    .map((o) => [o.name, o.body ? "speaker's body" : "held it"]);

describe("akimats and maslikhats", () => {
  it("finds them named either way round, in the form a heading writes", () => {
    expect(bodies("The Akimat of Kostanay region held a meeting with residents.")).toEqual([
      ["Akimat of Kostanay region", "held it"],
    ]);
    expect(
      bodies("Встречу провел акимат Павлодарской области. Акиматом Павлодарской области она организована."),
    ).toEqual([["Акимат Павлодарской области", "held it"]]);
    // A meeting held at the akimat («әкімдігінде») is held by it.
    expect(bodies("Ұлытау облысы әкімдігінде кездесу өтті.")).toEqual([["Ұлытау облысы әкімдігі", "held it"]]);
    expect(bodies("Ұлытау облысы әкімдігінің өкілі сөз сөйледі.")).toEqual([
      ["Ұлытау облысы әкімдігі", "speaker's body"],
    ]);
  });

  it("makes one that held or organised the meeting its host", () => {
    expect(bodies("The Kostanay regional akimat held an explanatory meeting in Rudny.")).toEqual([
      ["Kostanay regional akimat", "held it"],
    ]);
    expect(bodies("Акимат Павлодарской области 3 марта провел разъяснительную встречу.")).toEqual([
      ["Акимат Павлодарской области", "held it"],
    ]);
    expect(bodies("Ұлытау облысының әкімдігі тұрғындармен түсіндіру кездесуін өткізді.")).toEqual([
      ["Ұлытау облысының әкімдігі", "held it"],
    ]);
  });

  it("leaves one named for a speaker, or whose member held the meeting, a speaker's body", () => {
    expect(bodies("Депутат Костанайского областного маслихата провел встречу с жителями.")).toEqual([
      ["Костанайский областной маслихат", "speaker's body"],
    ]);
    expect(bodies("The secretary of the Akimat of Abai region held a meeting.")).toEqual([
      ["Akimat of Abai region", "speaker's body"],
    ]);
    expect(bodies("Павлодар облыстық мәслихатының депутаты кездесу өткізді.")).toEqual([
      ["Павлодар облыстық мәслихаты", "speaker's body"],
    ]);
    expect(bodies("The Pavlodar regional maslikhat secretary spoke to pensioners.")).toEqual([
      ["Pavlodar regional maslikhat", "speaker's body"],
    ]);
  });
});
