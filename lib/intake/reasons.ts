// Why two reports look like one meeting, as the intake page and the
// duplicates page say it (intake.reason.<key> in messages/*.json). Kept apart
// from the matching rule (./duplicates.ts) so the browser gets only this.
export type Reason =
  | { key: "sameSource" }
  | { key: "sameDay" }
  | { key: "daysApart"; days: number }
  | { key: "sameDistrict" }
  | { key: "speaker"; names: string }
  | { key: "organization"; names: string };

/** A reason's message values (intake.reason.<key> in messages/*.json). */
export const reasonValues = (r: Reason): Record<string, string | number> | undefined =>
  r.key === "daysApart"
    ? { days: r.days }
    : r.key === "speaker" || r.key === "organization"
      ? { names: r.names }
      : undefined;
