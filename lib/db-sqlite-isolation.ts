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

// Another process writing the file (an import worker, lib/import/worker-run.ts):
// while it does, this process's writes wait here, not for the file's lock
// inside better-sqlite3, which waits synchronously and would stop every
// request of the process. Its reads go on (WAL: they see the last commit).
// On globalThis: Next bundles each route on its own, and the route that holds
// is not the one whose connection waits.
type Hold = { held: boolean; released: Promise<void>; release: () => void };
declare global {
  var __outreachWritesHeld: Hold | undefined;
}
const hold: Hold = (globalThis.__outreachWritesHeld ??= {
  held: false,
  released: Promise.resolve(),
  release: () => {},
});

/**
 * Runs `work` (another process's write) while this process sends no write of
 * its own. One at a time: a second such write would only wait for the
 * first's lock inside its own process, and give up after the busy timeout.
 */
export async function holdWrites<T>(work: () => Promise<T>): Promise<T> {
  while (hold.held) await hold.released;
  hold.held = true;
  hold.released = new Promise<void>((resolve) => (hold.release = resolve));
  try {
    return await work();
  } finally {
    hold.held = false;
    hold.release();
  }
}

// What Prisma and our raw reads send for a read; anything else may write.
const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

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
      const writes = !isRead(q.sql);
      while (active > 0 || (writes && hold.held)) await (active > 0 ? idle : hold.released);
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
        // (Prisma gives up after maxWait, and rolls back a transaction that begins later.)
        while (hold.held) await hold.released;
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
