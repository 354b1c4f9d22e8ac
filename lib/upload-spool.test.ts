// Uploads spooled to disk as they arrive: the file and fields kept, an
// oversized body stopped at the limit whether or not it declared a length,
// and nothing left on disk when a body is refused.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spoolUpload, sweepStaleSpools } from "./upload-spool";

let spoolDir: string;
const base = tmpdir();
beforeEach(() => {
  // os.tmpdir() follows TMPDIR: what a refusal leaves behind is visible here.
  spoolDir = mkdtempSync(path.join(base, "spool-test-"));
  process.env.TMPDIR = spoolDir;
});
afterEach(() => {
  process.env.TMPDIR = base;
  rmSync(spoolDir, { recursive: true, force: true });
});

const encoder = new TextEncoder();

/** A multipart body as a browser sends it, and its content type. */
async function form(parts: Record<string, string | File>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(parts)) data.set(k, v);
  const req = new Request("http://127.0.0.1/api/imports", { method: "POST", body: data });
  return { bytes: new Uint8Array(await req.arrayBuffer()), type: req.headers.get("content-type") ?? "" };
}

/** A body sent in pieces with no declared length; counts how many pieces were read. */
function chunked(bytes: Uint8Array, size = 16 * 1024) {
  const read = { pieces: 0, of: Math.ceil(bytes.length / size) };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.pieces === read.of) controller.close();
      else controller.enqueue(bytes.subarray(read.pieces * size, ++read.pieces * size));
    },
  });
  return { body, read };
}

describe("spoolUpload", () => {
  it("keeps the file's bytes and name (Cyrillic too) and the form's fields; dispose removes the file", async () => {
    const csv = "Дата;Название\n2026-03-01;Встреча\n";
    const { bytes, type } = await form({
      options: '{"delimiter":";"}',
      file: new File([encoder.encode(csv)], "жоспар наурыз.csv"),
      mappingName: "Облыс",
    });
    const r = await spoolUpload(chunked(bytes).body, type, 1024);
    if ("refused" in r) throw new Error(r.refused);
    expect(r.name).toBe("жоспар наурыз.csv");
    expect(readFileSync(r.path, "utf8")).toBe(csv);
    expect(Object.fromEntries(r.fields)).toEqual({ options: '{"delimiter":";"}', mappingName: "Облыс" });
    await r.dispose();
    expect(existsSync(r.path)).toBe(false);
  });

  it("stops reading an oversized file at the limit, with or without a declared length, and keeps nothing", async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(65);
    const { bytes, type } = await form({ file: new File([big], "big.csv") });
    const { body, read } = chunked(bytes);
    expect(await spoolUpload(body, type, 256 * 1024)).toEqual({ refused: "tooLarge" });
    expect(read.pieces).toBeLessThan(read.of / 2);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it("accepts a file of exactly the limit", async () => {
    const { bytes, type } = await form({ file: new File([new Uint8Array(4096).fill(66)], "edge.csv") });
    const r = await spoolUpload(chunked(bytes, 1000).body, type, 4096);
    if ("refused" in r) throw new Error(r.refused);
    expect(readFileSync(r.path).length).toBe(4096);
    await r.dispose();
  });

  it("refuses a form without a file part, a text field named file, a body cut short and one without a boundary", async () => {
    const noFile = await form({ note: "no file" });
    expect(await spoolUpload(chunked(noFile.bytes).body, noFile.type, 1024)).toEqual({ refused: "noFile" });
    const text = await form({ file: "not a file" });
    expect(await spoolUpload(chunked(text.bytes).body, text.type, 1024)).toEqual({ refused: "noFile" });
    const whole = await form({ file: new File([new Uint8Array(64 * 1024).fill(67)], "cut.csv") });
    const cut = whole.bytes.subarray(0, 40 * 1024);
    expect(await spoolUpload(chunked(cut).body, whole.type, 1024 * 1024)).toEqual({ refused: "noFile" });
    expect(await spoolUpload(chunked(whole.bytes).body, "multipart/form-data", 1024 * 1024)).toEqual({
      refused: "noFile",
    });
    expect(await spoolUpload(null, whole.type, 1024)).toEqual({ refused: "noFile" });
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it("sweeps the spools a stopped process left behind, an hour old or more, and no others", async () => {
    const stale = path.join(spoolDir, "outreach-upload-stale");
    const fresh = path.join(spoolDir, "outreach-upload-fresh");
    const other = path.join(spoolDir, "someone-else");
    for (const d of [stale, fresh, other]) mkdirSync(d);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    await sweepStaleSpools();
    expect(readdirSync(spoolDir).sort()).toEqual(["outreach-upload-fresh", "someone-else"]);
  });
});
