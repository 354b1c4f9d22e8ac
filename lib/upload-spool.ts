// A multipart upload read as it arrives: its file part goes straight to a
// temporary file, so a 20 MB spreadsheet never sits in the web process's
// memory (request.formData() holds the whole body, then the file, then a
// copy of its bytes). The size limit is counted on the bytes themselves, so
// a body sent without a length (chunked) is stopped at the limit too.
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Busboy, { type BusboyInstance } from "@fastify/busboy";

export type SpooledUpload = {
  /** The file's name as the browser sent it. */
  name: string;
  /** Where its bytes are, until `dispose`. */
  path: string;
  /** The form's other fields (the first value of each). */
  fields: Map<string, string>;
  dispose: () => Promise<void>;
};

export type SpoolRefusal = "noFile" | "tooLarge";

// A few small fields beside the file (options, mapping names): more is not a form of ours.
const LIMITS = { files: 1, fields: 20, parts: 24, fieldSize: 1 << 20, headerPairs: 50 };

const PREFIX = "outreach-upload-";
// An upload's check ends within minutes; a spool older than this was left by a process that stopped.
const STALE_MS = 60 * 60 * 1000;

/** Removes the spools that processes stopped mid-check left behind (once per process). */
export async function sweepStaleSpools(now = Date.now()): Promise<void> {
  const dir = tmpdir();
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.startsWith(PREFIX));
  for (const name of names) {
    const at = path.join(dir, name);
    const info = await stat(at).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await rm(at, { recursive: true, force: true });
  }
}
let swept = false;

/** The body's `file` part spooled to disk, or why it was refused (nothing is kept then). */
export async function spoolUpload(
  body: ReadableStream<Uint8Array> | null,
  contentType: string,
  maxBytes: number,
): Promise<SpooledUpload | { refused: SpoolRefusal }> {
  if (!body) return { refused: "noFile" };
  if (!swept) {
    swept = true;
    void sweepStaleSpools().catch(() => undefined); // a spool it cannot remove is no reason to refuse an upload
  }
  const dir = await mkdtemp(path.join(tmpdir(), PREFIX));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const fields = new Map<string, string>();
  // Aborted once the file is over the limit: the pipelines stop reading.
  const stop = new AbortController();
  // Set from the parser's events.
  const file: { name: string; path: string; written: Promise<void> | null; tooLarge: boolean } = {
    name: "",
    path: path.join(dir, "upload"),
    written: null,
    tooLarge: false,
  };
  let parser: BusboyInstance;
  try {
    parser = new Busboy({ headers: { "content-type": contentType }, limits: { ...LIMITS, fileSize: maxBytes } });
  } catch {
    await dispose();
    return { refused: "noFile" }; // no boundary: not a multipart body
  }
  parser.on("field", (name, value) => {
    if (!fields.has(name)) fields.set(name, value);
  });
  parser.on("file", (field, stream, filename) => {
    if (field !== "file" || file.written) {
      stream.resume();
      return;
    }
    file.name = filename;
    stream.on("limit", () => {
      file.tooLarge = true;
      // The rest of an oversized body is not read at all.
      stop.abort();
    });
    // Rejects when the part is cut short (the body ended inside it).
    file.written = pipeline(stream, createWriteStream(file.path), { signal: stop.signal });
  });
  let whole = false;
  try {
    await pipeline(Readable.from(body), parser, { signal: stop.signal });
    await file.written;
    whole = true;
  } catch {
    // A body cut short, parts that do not parse, or the limit reached: no file to check.
  }
  if (!whole || file.tooLarge || !file.written) {
    stop.abort(); // a part still open is ended: its file closed before it is removed
    await file.written?.catch(() => undefined);
    await dispose();
    return { refused: file.tooLarge ? "tooLarge" : "noFile" };
  }
  return { name: file.name, path: file.path, fields, dispose };
}
