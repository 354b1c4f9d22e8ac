// npm run extract:eval — per-field scores of article intake on the evaluation
// set, by language (lib/intake/evaluate.ts). Floors: lib/intake/evaluate.test.ts.
import { evaluateSeeds, f1, rate } from "../lib/intake/evaluate";

const pct = (x: number) => `${Math.round(x * 100)}%`;
for (const [language, s] of Object.entries(evaluateSeeds())) {
  console.log(
    `${language}: region ${pct(rate(s.region))}, district ${pct(rate(s.district))}, date ${pct(rate(s.date))}, campaign ${pct(rate(s.campaign))}, format ${pct(rate(s.format))}, audience exact ${pct(rate(s.audience))}, drafts per article ${pct(rate(s.drafts))}, speakers F1 ${f1(s.speakers).toFixed(2)}`,
  );
}
