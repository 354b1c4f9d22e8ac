// Creating and changing users (admins only; lib/commands/users.ts checks).
// Every change is audited in its own transaction; password hashes never leave
// this module. A taken email is the unique constraint's answer, mapped to the
// email field by lib/errors.ts.
import "server-only";
import { db } from "../db";
import { hashPassword } from "../password";
import { recordAudit, recordChanges } from "./audit";
import type { SessionUser } from "../domain/session-user";
import type { Prisma } from "../generated/sqlite/client";
import type { UserCreateInput, UserUpdateInput } from "../schemas/user";

type Tx = Prisma.TransactionClient;

async function regionIds(tx: Tx, isos: string[]) {
  return (await tx.region.findMany({ where: { iso: { in: isos } }, select: { id: true } })).map((r) => r.id);
}
const regionList = (isos: string[]) => [...isos].sort().join(", ");

export async function createUser(actor: SessionUser, input: UserCreateInput): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
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
    });
    return user.id;
  });
}

export async function updateUser(actor: SessionUser, id: number, input: UserUpdateInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id },
      select: { name: true, role: true, regions: { select: { region: { select: { iso: true } } } } },
    });
    if (!before) return false;
    const ids = await regionIds(tx, input.regions);
    await tx.userRegion.deleteMany({ where: { userId: id } });
    await tx.user.update({
      where: { id },
      data: { name: input.name, role: input.role, regions: { create: ids.map((regionId) => ({ regionId })) } },
    });
    await recordChanges(
      tx,
      actor,
      "update",
      "User",
      id,
      { name: before.name, role: before.role, regions: regionList(before.regions.map((r) => r.region.iso)) },
      { name: input.name, role: input.role, regions: regionList(input.regions) },
    );
    return true;
  });
}

export async function resetPassword(actor: SessionUser, id: number, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id }, data: { passwordHash } });
    // The history says that it happened, never what the password is.
    if (count)
      await recordAudit(tx, actor, { action: "password", entity: "User", entityId: id, before: null, after: {} });
    return count > 0;
  });
}

export async function setActive(actor: SessionUser, id: number, active: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id, active: !active }, data: { active } });
    if (count) {
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
