// The closed value sets of the data model, as the database enums name them
// (prisma/*/schema.prisma). Shared by schemas, queries, forms and exports.
export const EVENT_STATUSES = ["planned", "held", "cancelled"] as const;
export const EVENT_FORMATS = [
  "meeting",
  "forum",
  "round_table",
  "visit",
  "rally",
  "memorandum_signing",
  "other",
] as const;
export const AUDIENCE_TYPES = [
  "labour_collective",
  "youth",
  "students",
  "veterans",
  "residents",
  "teachers",
  "medical_workers",
  "business",
  "officials",
  "other",
] as const;
export const DATE_PRECISIONS = ["day", "month", "on_or_before"] as const;
export const ORG_KINDS = ["enterprise", "trade_union", "party", "public_body", "ngo", "education", "other"] as const;
export const ORG_ROLES = ["host", "participant"] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventFormat = (typeof EVENT_FORMATS)[number];
export type AudienceType = (typeof AUDIENCE_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type OrgRole = (typeof ORG_ROLES)[number];
export const LANGUAGES = ["kk", "ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Bit of each audience type in Event.audienceMask (the database's triggers use the same order); 0 for an unknown type. */
export const audienceBit = (type: string) => {
  const i = AUDIENCE_TYPES.indexOf(type as (typeof AUDIENCE_TYPES)[number]);
  return i < 0 ? 0 : 1 << i;
};
