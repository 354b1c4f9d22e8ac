// An upload as the check receives it: a name and where its bytes wait on disk
// (lib/upload-spool.ts). Read by whichever process runs the check, so the web
// process never holds the bytes when a worker does the work.
import { readFile } from "node:fs/promises";

export type SpooledFile = { name: string; path: string };

export async function bytesOf(file: SpooledFile): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: await readFile(file.path) };
}
