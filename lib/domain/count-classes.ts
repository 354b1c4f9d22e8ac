// Classes for a choropleth of counts (events, audience): whole numbers, no
// class empty or overlapping, so a legend never reads "0–0, 1–0, 1–1". Zero
// has a class of its own (a region with nothing is not the palest "some").
// Small maxima get one class per value (1, 2, 3); larger ones equal widths
// rounded to 1, 2 or 5 × 10ⁿ (1–20, 21–40, …).

export type CountClass = { lo: number; hi: number };

function niceWidth(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return Math.ceil(step * power);
}

/** At most `count` classes covering 1..max (max ≥ 1). */
export function countClasses(max: number, count = 5): CountClass[] {
  const top = Math.max(1, Math.ceil(max));
  const width = niceWidth(top / count);
  const classes: CountClass[] = [];
  for (let lo = 1; lo <= top; lo += width) classes.push({ lo, hi: Math.min(top, lo + width - 1) });
  return classes;
}

/** The index of the class holding `value`, or -1 for zero (and anything below 1). */
export function classOf(classes: CountClass[], value: number): number {
  if (value < 1) return -1;
  const i = classes.findIndex((c) => value <= c.hi);
  return i === -1 ? classes.length - 1 : i;
}
