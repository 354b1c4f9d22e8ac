// Creating and changing users (admins only; lib/commands/users.ts checks).
// Every change is audited; password hashes never leave this module.
import "server-only";
import { db } from "../db";
import { hashPassword } from "../password";
import type { SessionUser } from "./users";
import type { UserCreateInput, UserUpdateInput } from "../schemas/user";

async function regionIds(isos: string[]) {
  return (await db.region.findMany({ where: { iso: { in: isos } }, select: { id: true } })).map((r) => r.id);
}

const audit = (actor: SessionUser, action: string, id: number, before: object | null, after: object) =>
  db.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      entity: "User",
      entityId: String(id),
      before: before && JSON.stringify(before),
      after: JSON.stringify(after),
    },
  });

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      regions: { select: { region: { select: { iso: true, nameEn: true, nameRu: true, nameKk: true } } } },
    },
  });
}

export async function emailTaken(email: string) {
  return (await db.user.count({ where: { email } })) > 0;
}

export async function createUser(actor: SessionUser, input: UserCreateInput): Promise<number> {
  const ids = await regionIds(input.regions);
  const user = await db.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      regions: { create: ids.map((regionId) => ({ regionId })) },
    },
  });
  await audit(actor, "create", user.id, null, {
    email: input.email,
    name: input.name,
    role: input.role,
    regions: input.regions.join(", "),
  });
  return user.id;
}

export async function updateUser(actor: SessionUser, id: number, input: UserUpdateInput): Promise<boolean> {
  const before = await db.user.findUnique({
    where: { id },
    select: { name: true, role: true, regions: { select: { region: { select: { iso: true } } } } },
  });
  if (!before) return false;
  const ids = await regionIds(input.regions);
  await db.$transaction([
    db.userRegion.deleteMany({ where: { userId: id } }),
    db.user.update({
      where: { id },
      data: { name: input.name, role: input.role, regions: { create: ids.map((regionId) => ({ regionId })) } },
    }),
  ]);
  await audit(
    actor,
    "update",
    id,
    {
      name: before.name,
      role: before.role,
      regions: before.regions
        .map((r) => r.region.iso)
        .sort()
        .join(", "),
    },
    { name: input.name, role: input.role, regions: [...input.regions].sort().join(", ") },
  );
  return true;
}

export async function resetPassword(actor: SessionUser, id: number, password: string): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id }, data: { passwordHash: await hashPassword(password) } });
  if (count) await audit(actor, "password", id, null, { password: "reset" });
  return count > 0;
}

export async function setActive(actor: SessionUser, id: number, active: boolean): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id }, data: { active } });
  if (count) await audit(actor, active ? "activate" : "deactivate", id, { active: !active }, { active });
  return count > 0;
}
