// Creating and changing users (admins only; lib/commands/users.ts checks).
// Every change is audited in its own transaction; password hashes never leave
// this module. A taken email is the unique constraint's answer, mapped to the
// email field by lib/errors.ts.
import "server-only";
import { requireActorStill } from "./actor-check";
import { can } from "../permissions";
import { writeTransaction } from "./transaction";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import { changesSince } from "./audit";
import { recordAudit, recordChanges } from "./audit-write";
import { endSessionsOf } from "./sessions";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { UserCreateInput, UserUpdateInput } from "../schemas/user";

async function regionIds(tx: Tx, isos: string[]) {
  return (await tx.region.findMany({ where: { iso: { in: isos } }, select: { id: true } })).map((r) => r.id);
}
const regionList = (isos: string[]) => [...isos].sort().join(", ");

export async function createUser(actor: SessionUser, input: UserCreateInput): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.manageUsers);
    const ids = await regionIds(tx, input.regions);
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        regions: { create: ids.map((regionId) => ({ regionId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "User",
      entityId: user.id,
      before: null,
      after: { email: input.email, name: input.name, role: input.role, regions: regionList(input.regions) },
      version: 1,
    });
    return user.id;
  });
}

/** Saves an edit read at `version`; refused with what changed if another admin saved in between. */
export async function updateUser(
  actor: SessionUser,
  id: number,
  input: UserUpdateInput,
  version: number,
): Promise<boolean> {
  return writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.manageUsers);
    const before = await tx.user.findUnique({
      where: { id },
      select: { name: true, role: true, version: true, regions: { select: { region: { select: { iso: true } } } } },
    });
    if (!before) return false;
    const conflict = async () =>
      new AppError("conflict", {
        conflict: await changesSince(tx, "User", id, version),
        currentVersion: before.version,
      });
    if (before.version !== version) throw await conflict();
    const ids = await regionIds(tx, input.regions);
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { name: input.name, role: input.role, version: { increment: 1 } },
    });
    if (count === 0) throw await conflict();
    await tx.userRegion.deleteMany({ where: { userId: id } });
    await tx.userRegion.createMany({ data: ids.map((regionId) => ({ userId: id, regionId })) });
    // New powers or limits take a new sign-in: every open session of the user ends.
    const regionsBefore = regionList(before.regions.map((r) => r.region.iso));
    if (before.role !== input.role || regionsBefore !== regionList(input.regions)) await endSessionsOf(tx, id);
    await recordChanges(
      tx,
      actor,
      "update",
      "User",
      id,
      { name: before.name, role: before.role, regions: regionList(before.regions.map((r) => r.region.iso)) },
      { name: input.name, role: input.role, regions: regionList(input.regions) },
      version + 1,
    );
    return true;
  });
}

export async function resetPassword(actor: SessionUser, id: number, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.manageUsers);
    const { count } = await tx.user.updateMany({ where: { id }, data: { passwordHash, version: { increment: 1 } } });
    // Whoever knew the old password is signed out everywhere.
    if (count) await endSessionsOf(tx, id);
    // The history says that it happened, never what the password is.
    if (count)
      await recordAudit(tx, actor, { action: "password", entity: "User", entityId: id, before: null, after: {} });
    return count > 0;
  });
}

export async function setActive(actor: SessionUser, id: number, active: boolean): Promise<boolean> {
  return writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.manageUsers);
    const { count } = await tx.user.updateMany({
      where: { id, active: !active },
      data: { active, version: { increment: 1 } },
    });
    if (count) {
      // Deactivation ends every session; reactivation brings none back.
      if (!active) await endSessionsOf(tx, id);
      await recordAudit(tx, actor, {
        action: active ? "activate" : "deactivate",
        entity: "User",
        entityId: id,
        before: { active: !active },
        after: { active },
      });
    }
    return count > 0 || (await tx.user.count({ where: { id } })) > 0;
  });
}
