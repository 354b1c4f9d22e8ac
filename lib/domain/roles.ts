export const ROLES = ["admin", "coordinator", "staff", "viewer"] as const;
export type Role = (typeof ROLES)[number];
