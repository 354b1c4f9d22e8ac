// SQLite gives Prisma one connection, and a transaction is a state of that
// connection: a statement another request sends while one is open runs inside
// it — it reads rows not yet committed, and its writes are rolled back with
// someone else's failed import. Prisma's adapter queues transactions behind
// each other, but not single statements behind a transaction. Here they are:
// a statement outside any transaction waits until none is open or starting.
// (PostgreSQL gives each its own connection; this is for SQLite only.)
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

const bound = (target: object, prop: string | symbol): unknown => {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
};

export function isolateTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let active = 0;
  let idle = Promise.resolve();
  let wake: () => void = () => undefined;
  const enter = () => {
    if (active++ === 0) idle = new Promise<void>((resolve) => (wake = resolve));
  };
  const leave = () => {
    if (--active === 0) wake();
  };
  const outside =
    <T>(run: (q: SqlQuery) => Promise<T>) =>
    async (q: SqlQuery): Promise<T> => {
      while (active > 0) await idle;
      return run(q);
    };
  const tracked = (tx: Transaction): Transaction => {
    let ended = false;
    const end = (step: () => Promise<void>) => async (): Promise<void> => {
      try {
        await step();
      } finally {
        if (!ended) {
          ended = true;
          leave();
        }
      }
    };
    return new Proxy(tx, {
      get: (target, prop) =>
        prop === "commit"
          ? end(() => target.commit())
          : prop === "rollback"
            ? end(() => target.rollback())
            : bound(target, prop),
    });
  };
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "queryRaw") return outside((q) => target.queryRaw(q));
      if (prop === "executeRaw") return outside((q) => target.executeRaw(q));
      if (prop !== "startTransaction") return bound(target, prop);
      // Counted before it begins: nothing outside slips in between BEGIN and the count.
      return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
        enter();
        try {
          return tracked(await target.startTransaction(...args));
        } catch (e) {
          leave();
          throw e;
        }
      };
    },
  });
}
