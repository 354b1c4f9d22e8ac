import { describe, expect, it } from "vitest";
import { dialectOf, sqliteFilePath, absoluteUrl } from "./db-url";

describe("db-url", () => {
  it("picks the dialect from DATABASE_URL alone", () => {
    expect(dialectOf("file:./data/x.db")).toBe("sqlite");
    expect(dialectOf("postgresql://u@h/db")).toBe("postgres");
    expect(dialectOf("postgres://u@h/db")).toBe("postgres");
    expect(() => dialectOf("mysql://u@h/db")).toThrow(/DATABASE_URL/);
  });
  it("resolves relative SQLite paths against the project root", () => {
    expect(sqliteFilePath("file:./data/x.db", "/srv/app")).toBe("/srv/app/data/x.db");
    expect(absoluteUrl("file:data/x.db", "/srv/app")).toBe("file:/srv/app/data/x.db");
    expect(absoluteUrl("postgresql://u@h/db")).toBe("postgresql://u@h/db");
  });
});
