// The schema-engine stand-in speaks the native engine's protocol: JSON-RPC on
// stdin/stdout, and the `cli` sub-commands with their exit codes.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { emptyDatabase } from "../../lib/testing/test-db";

const ENGINE = path.join(import.meta.dirname, "schema-engine.mjs");

function rpcSession(url: string) {
  const child = spawn(process.execPath, [ENGINE, "--datasource", JSON.stringify({ url })], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const waiting = new Map<number, (msg: unknown) => void>();
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const msg = JSON.parse(line) as { id: number };
    waiting.get(msg.id)?.(msg);
  });
  let id = 0;
  return {
    call: (method: string, params?: unknown) =>
      new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
        id += 1;
        waiting.set(id, resolve as (m: unknown) => void);
        child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
      }),
    close: () => new Promise<number | null>((resolve) => (child.on("exit", resolve), child.stdin.end())),
  };
}

describe("schema-engine stand-in", async () => {
  const empty = await emptyDatabase();
  afterAll(() => empty.remove());

  it("reports the database version over JSON-RPC", async () => {
    const s = rpcSession(empty.url);
    const res = await s.call("getDatabaseVersion", { datasource: { tag: "ConnectionString", url: empty.url } });
    expect(String(res.result)).toMatch(empty.dialect === "sqlite" ? /^3\./ : /PostgreSQL/);
    expect(await s.close()).toBe(0);
  });

  it("answers an unknown method with an error, not a hang", async () => {
    const s = rpcSession(empty.url);
    const res = await s.call("noSuchMethod", {});
    expect(res.error?.message).toMatch(/Method not found/);
    await s.close();
  });

  it("can-connect-to-database succeeds for the test database", () => {
    const r = spawnSync(process.execPath, [
      ENGINE,
      "--datasource",
      JSON.stringify({ url: empty.url }),
      "cli",
      "can-connect-to-database",
    ]);
    expect(r.status).toBe(0);
  });

  it("reports an unreachable server with P1001 and exit 1", () => {
    const url = "postgresql://nobody@127.0.0.1:1/none";
    const r = spawnSync(
      process.execPath,
      [ENGINE, "--datasource", JSON.stringify({ url }), "cli", "can-connect-to-database"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    const lines = r.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { level: string; fields: { error_code?: string } });
    expect(lines.find((l) => l.level === "ERROR")?.fields.error_code).toBe("P1001");
  });
});
