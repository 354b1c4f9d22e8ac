// The one Prisma client of the running app. Only lib/data/* imports this.
import "server-only";
import { createDb, type Db } from "./db-client";
import type { Dialect } from "./db-url";

const globalForDb = globalThis as unknown as { __outreachDb?: { db: Db; dialect: Dialect } };

// One client per process (Next's dev server re-evaluates modules on reload).
const instance = (globalForDb.__outreachDb ??= createDb());

export const db = instance.db;
export const dialect = instance.dialect;
