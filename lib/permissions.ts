// Who may do what. Pure functions: the actions, the JSON API and the pages all
// ask here, and the data queries apply the same region scope on top.
import type { SessionUser } from "./domain/session-user";

type EventFacts = { regionId: number; createdById: number | null };

const inRegions = (u: SessionUser, regionId: number) => u.role === "admin" || u.regionIds.includes(regionId);

export const can = {
  createEventIn: (u: SessionUser, regionId: number) => u.role !== "viewer" && inRegions(u, regionId),
  /** Staff edit what they created; coordinators anything in their regions; admins everything. */
  editEvent: (u: SessionUser, e: EventFacts) =>
    u.role === "admin" ||
    (u.role === "coordinator" && inRegions(u, e.regionId)) ||
    (u.role === "staff" && inRegions(u, e.regionId) && e.createdById === u.id),
  cancelEvent: (u: SessionUser, e: EventFacts) =>
    u.role === "admin" || (u.role === "coordinator" && inRegions(u, e.regionId)),
  deleteEvent: (u: SessionUser, e: EventFacts) =>
    u.role === "admin" || (u.role === "coordinator" && inRegions(u, e.regionId)),
  restoreEvent: (u: SessionUser) => u.role === "admin",
  /** Reviewing likely duplicates: merging deletes an event, so those who may delete (each pair is checked again). */
  reviewDuplicates: (u: SessionUser) => u.role === "admin" || u.role === "coordinator",
  manageUsers: (u: SessionUser) => u.role === "admin",
  editDirectory: (u: SessionUser) => u.role === "admin" || u.role === "coordinator",
  createAnyEvent: (u: SessionUser) => u.role !== "viewer" && (u.role === "admin" || u.regionIds.length > 0),
  /**
   * A source is shared by the events that cite it, so editing it changes what
   * each of them shows: allowed to whoever may edit every one of them (an
   * uncited source: anyone who may log events).
   */
  editSource: (u: SessionUser, citing: EventFacts[]) =>
    u.role === "admin" ||
    (u.role !== "viewer" && citing.every((e) => can.editEvent(u, e)) && (citing.length > 0 || u.regionIds.length > 0)),
};
