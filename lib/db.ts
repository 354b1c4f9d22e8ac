// The running app's connections, one set per database per process (Next's dev
// server re-evaluates modules on reload, so they live on globalThis). Only
// lib/data/* imports this.
import "server-only";
import { createDb, type Connections, type Statement } from "./db-client";
import { absoluteUrl, databaseUrl } from "./db-url";

const holder = globalThis as { __outreachDb?: Map<string, Connections> };
const sets = (holder.__outreachDb ??= new Map<string, Connections>());

function connections(): Connections {
  const url = absoluteUrl(databaseUrl());
  let set = sets.get(url);
  if (!set) {
    set = createDb(url);
    sets.set(url, set);
  }
  return set;
}

export const { db, dialect } = connections();
export const queryRows = (s: Statement) => connections().queryRows(s);
export const streamRows = (s: Statement) => connections().streamRows(s);
