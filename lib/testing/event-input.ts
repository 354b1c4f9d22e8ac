// A minimal valid event as the form posts it (no speakers, organisations or
// source), for tests that need events written through the app's own command.
export const eventInput = (over: Record<string, unknown> = {}) => ({
  title: "Probe meeting",
  campaign: "referendum-2026",
  status: "held",
  date: "2026-02-20",
  datePrecision: "day",
  region: "KZ-62",
  district: null,
  locality: null,
  format: "meeting",
  audiences: ["labour_collective"],
  audienceSize: 120,
  audienceEstimate: false,
  summary: null,
  speakers: [],
  organizations: [],
  source: null,
  ...over,
});
