// A save that cannot begin because another transaction holds the embedded
// database's one writer past the wait (a large import) is refused as "busy,
// try again" (429), never an error page. On PostgreSQL the two run side by side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type TestDatabase } from "../testing/test-db";

let t: TestDatabase;
let transaction: typeof import("./transaction");

beforeAll(async () => {
  t = await appDatabase();
  transaction = await import("./transaction");
});
afterAll(() => t.drop());

describe("write transactions", () => {
  it("tell the user to try again when the writer stays busy past the wait", async () => {
    const { db } = await import("../db");
    const holding = db.$transaction(
      async (tx) => {
        await tx.session.count();
        await new Promise((resolve) => setTimeout(resolve, 800));
      },
      { timeout: 5_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const save = transaction.writeTransaction((tx) => tx.session.count(), { maxWait: 200 });
    if (t.dialect === "sqlite") {
      await expect(save).rejects.toMatchObject({ code: "rate_limited", details: { message: "errors.busy" } });
    } else {
      await expect(save).resolves.toBe(0);
    }
    await holding;
  });

  it("hold this process's writes, not its reads, while another process writes on SQLite", async () => {
    const order: string[] = [];
    let finish = () => {};
    const held = transaction.holdingWrites(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            order.push("other process done");
            resolve();
          };
        }),
    );
    const save = transaction.writeTransaction(async (tx) => {
      order.push("this process writes");
      return tx.session.count();
    });
    const { db } = await import("../db");
    await db.session.count().then(() => order.push("this process reads"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish();
    await Promise.all([held, save]);
    if (t.dialect === "sqlite") {
      expect(order).toEqual(["this process reads", "other process done", "this process writes"]);
    } else {
      expect(order.at(-1)).toBe("other process done");
      expect(order).toHaveLength(3);
    }
  });

  it("let one other process write at a time on SQLite", async () => {
    const order: string[] = [];
    const first = transaction.holdingWrites(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push("first done");
    });
    const second = transaction.holdingWrites(async () => {
      order.push("second starts");
    });
    await Promise.all([first, second]);
    expect(order).toEqual(t.dialect === "sqlite" ? ["first done", "second starts"] : ["second starts", "first done"]);
  });
});
