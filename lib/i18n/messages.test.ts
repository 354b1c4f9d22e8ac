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

  it("name only namespaces and messages the catalogues have", () => {
    for (const entry of groups)
      expect(
        keys(en).some((k) => k === entry || k.startsWith(`${entry}.`)),
        entry,
      ).toBe(true);
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
      for (const [, ns] of source.matchAll(/useTranslations\("([a-zA-Z]+)/g))
        expect(
          groups.map((g) => g.split(".")[0]),
          f,
        ).toContain(ns);
    }
  });
});

describe("each page's client messages", () => {
  const read = (f: string) => readFileSync(path.join(ROOT, f), "utf8");
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith("@/")
      ? spec.slice(2)
      : spec.startsWith(".")
        ? path.join(path.dirname(from), spec)
        : null;
    if (!base) return null;
    for (const ext of [".tsx", ".ts", "/index.tsx"]) {
      try {
        read(base + ext);
        return base + ext;
      } catch {
        // not this one
      }
    }
    return null;
  };
  // Namespaces a client component reads: useTranslations("ns"), or t("ns.…") with the root translator.
  const namespacesOf = (source: string) => [
    ...[...source.matchAll(/useTranslations\("([a-zA-Z]+)/g)].map((m) => m[1] ?? ""),
    ...(/useTranslations\(\)/.test(source)
      ? [...source.matchAll(/\bt\(\s*[`"]([a-zA-Z]+)\./g)].map((m) => m[1] ?? "")
      : []),
  ];

  // A namespace given whole covers any read; given as single messages
  // ("errors.retry"), it covers a component that reads only those, by literal keys.
  const covered = (given: Set<string>, ns: string, source: string) => {
    if (given.has(ns)) return true;
    const picks = [...given].filter((g) => g.startsWith(`${ns}.`));
    if (picks.length === 0 || /\bt\(\s*`/.test(source)) return false;
    const scoped = new RegExp(`useTranslations\\("${ns}"\\)`).test(source);
    const read = [...source.matchAll(/\bt\(\s*"([\w.]+)"/g)].map((m) => (scoped ? `${ns}.${m[1]}` : (m[1] ?? "")));
    return read.filter((k) => k.startsWith(`${ns}.`)).every((k) => picks.includes(k));
  };

  it("hands every client component below a ClientMessages the namespaces it reads", () => {
    const files = ["components", "app"]
      .flatMap((dir) =>
        readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)),
      )
      .filter((f) => f.endsWith(".tsx") && read(f).includes("<ClientMessages group="));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const groups = [...read(file).matchAll(/<ClientMessages group=\{?([^>]*)>/g)].flatMap((m) =>
        [...(m[1] ?? "").matchAll(/"([a-zA-Z]+)"/g)].map((g) => g[1] as keyof typeof CLIENT_NAMESPACES),
      );
      const given = new Set<string>([...CLIENT_NAMESPACES.shell, ...groups.flatMap((g) => CLIENT_NAMESPACES[g])]);
      const seen = new Set<string>();
      const visit = (f: string) => {
        if (seen.has(f)) return;
        seen.add(f);
        const source = read(f);
        if (source.startsWith('"use client"'))
          for (const ns of namespacesOf(source))
            expect(covered(given, ns, source), `${file} → ${f} reads "${ns}"`).toBe(true);
        for (const [, spec] of source.matchAll(/from "([^"]+)"/g)) {
          const next = spec ? resolve(f, spec) : null;
          if (next?.startsWith("components/")) visit(next);
        }
      };
      visit(file);
    }
  });

  it("gives the error pages (rendered by Next, imported by no page) what they read from the shell", () => {
    const shell = new Set<string>(CLIENT_NAMESPACES.shell);
    const pages = readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" })
      .filter((f) => /(^|\/)(global-)?error\.tsx$/.test(f))
      .map((f) => path.join("app", f));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) {
      const source = read(f);
      for (const ns of namespacesOf(source)) expect(covered(shell, ns, source), `${f} reads "${ns}"`).toBe(true);
    }
  });
});
