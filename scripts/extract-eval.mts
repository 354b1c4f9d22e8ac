// npm run extract:eval — per-field scores of article intake on the evaluation
// set, by language (lib/intake/evaluate.ts). Floors: lib/intake/evaluate.test.ts.
import { evaluate, f1, rate, TALLIES } from "../lib/intake/evaluate";

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
const prf = (s: { tp: number; fp: number; fn: number }) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return `P ${pct(p)} R ${pct(r)} F1 ${f1(s).toFixed(2)}`;
};
for (const [language, s] of Object.entries(evaluate())) {
  console.log(`${language}: ${s.outreach.total} articles`);
  for (const k of TALLIES) {
    console.log(`  ${k.padEnd(10)} ${pct(rate(s[k]))}  (${s[k].hit}/${s[k].total})`);
  }
  console.log(`  speakers   ${prf(s.speakers)}`);
  console.log(`  hosts      ${prf(s.hosts)}`);
}
