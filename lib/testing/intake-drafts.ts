// The intake's drafts for a test's article, cleaned as the app cleans it,
// against the offline reference (places and campaigns, no database).
import { cleanArticle } from "../intake/clean";
import { extractArticle } from "../intake/extract";
import { offlineReference } from "../intake/offline-reference";
import type { Draft } from "../intake/types";

const ref = offlineReference("2026-12-02");

export const articleOf = (raw: string, publishedAt: string | null = null) =>
  extractArticle({ id: "t", text: cleanArticle(raw), url: null, publishedAt }, ref);

export const draftsOf = (raw: string, publishedAt: string | null = null): Draft[] => articleOf(raw, publishedAt).drafts;

export const hostsOf = (d: Draft | undefined) => d?.organizations.filter((o) => o.role === "host").map((o) => o.name);
