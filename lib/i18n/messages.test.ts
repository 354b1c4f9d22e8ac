import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-namespaces";
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";

const ROOT = path.resolve(import.meta.dirname, "../..");

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

describe("messages sent to the browser", () => {
  const groups = Object.values(CLIENT_NAMESPACES).flat();

  it("name only namespaces the catalogues have", () => {
    for (const ns of groups) expect(Object.keys(en), ns).toContain(ns);
  });

  it("include every namespace a client component asks for by name", () => {
    const files = ["components", "app"]
      .flatMap((dir) =>
        readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)),
      )
      .filter((f) => f.endsWith(".tsx") && readFileSync(path.join(ROOT, f), "utf8").startsWith('"use client"'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const source = readFileSync(path.join(ROOT, f), "utf8");
      for (const [, ns] of source.matchAll(/useTranslations\("([a-zA-Z]+)/g)) expect(groups, f).toContain(ns);
    }
  });
});
