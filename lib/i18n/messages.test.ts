import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]: [string, unknown]) =>
    typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("message catalogues", () => {
  it("have the same keys in kk, ru and en", () => {
    const reference = keys(en).sort();
    expect(keys(ru).sort()).toEqual(reference);
    expect(keys(kk).sort()).toEqual(reference);
  });
});
