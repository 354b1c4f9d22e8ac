// Child process of bench/run.mts: the app's CSV export of every event (national
// scope, no filters) into a byte counter. Prints time, bytes and peak RSS.
import { performance } from "node:perf_hooks";
import { streamExportRowsForScope } from "../lib/data/events";
import { csvStream } from "../lib/export/writers";
import { parseEventFilters } from "../lib/schemas/event-filters";
import en from "../messages/en.json";

const t = (key: string) =>
  (key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en) as
    string | undefined) ?? key;
const t0 = performance.now();
const stream = csvStream(
  streamExportRowsForScope({ userId: 1, role: "admin", regionIds: null }, parseEventFilters({}).filters),
  {
    t,
    locale: "en",
  },
);
let bytes = 0;
let rows = 0;
const reader = stream.getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  bytes += value.byteLength;
  for (const b of value) if (b === 10) rows++;
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, bytes, rows: rows - 1, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
