import { describe, expect, it } from "vitest";
import { can } from "./permissions";
import type { SessionUser } from "./domain/session-user";

const user = (role: SessionUser["role"], regionIds: number[] = [], id = 1): SessionUser => ({
  id,
  email: `${role}@x`,
  name: role,
  role,
  regionIds,
});
const mine = { regionId: 31, createdById: 7 };
const colleagues = { regionId: 31, createdById: 8 };
const elsewhere = { regionId: 62, createdById: 7 };

describe("permission matrix", () => {
  const admin = user("admin");
  const coord = user("coordinator", [31, 61]);
  const staff = user("staff", [31], 7);
  const viewer = user("viewer");

  it("create: everyone but viewers, in their regions", () => {
    expect(can.createEventIn(admin, 62)).toBe(true);
    expect(can.createEventIn(coord, 31)).toBe(true);
    expect(can.createEventIn(coord, 62)).toBe(false);
    expect(can.createEventIn(staff, 31)).toBe(true);
    expect(can.createEventIn(staff, 62)).toBe(false);
    expect(can.createEventIn(viewer, 31)).toBe(false);
  });

  it("edit: staff only their own, coordinators their regions", () => {
    expect(can.editEvent(staff, mine)).toBe(true);
    expect(can.editEvent(staff, colleagues)).toBe(false);
    expect(can.editEvent(staff, elsewhere)).toBe(false);
    expect(can.editEvent(coord, colleagues)).toBe(true);
    expect(can.editEvent(coord, elsewhere)).toBe(false);
    expect(can.editEvent(admin, elsewhere)).toBe(true);
    expect(can.editEvent(viewer, mine)).toBe(false);
  });

  it("cancel, delete, restore, users", () => {
    expect(can.cancelEvent(staff, mine)).toBe(false);
    expect(can.deleteEvent(staff, mine)).toBe(false);
    expect(can.deleteEvent(coord, colleagues)).toBe(true);
    expect(can.deleteEvent(coord, elsewhere)).toBe(false);
    expect(can.restoreEvent(coord)).toBe(false);
    expect(can.restoreEvent(admin)).toBe(true);
    expect(can.manageUsers(coord)).toBe(false);
    expect(can.manageUsers(admin)).toBe(true);
    expect(can.editDirectory(coord)).toBe(true);
    expect(can.editDirectory(staff)).toBe(false);
  });
});
