// People and organisations named by an event write: an existing record by id,
// or a name typed in the form, which is the same record when that spelling is
// already known (as a name or an alias) and a new one otherwise. Other
// spellings of one person are merged later on their page.
import "server-only";
import { recordAudit, type AuditActor } from "./audit-write";
import { organizationSnapshot, personSnapshot } from "./event-snapshot";
import { fieldError } from "../errors";
import { remembered, type TxMemo } from "./tx-memo";
import { searchTextOf } from "../search/normalize";
import type { Tx } from "../db-client";
import type { OrgKind } from "../domain/enums";

export type DirectoryRef = { id: number } | { name: string; kind?: OrgKind };
type Kind = "person" | "organization";

async function exists(tx: Tx, kind: Kind, id: number): Promise<boolean> {
  const where = { where: { id }, select: { id: true } } as const;
  return (kind === "person" ? await tx.person.findUnique(where) : await tx.organization.findUnique(where)) !== null;
}

// The record whose name is this spelling, else the one with it as an alias
// (the oldest, when several have it). Two indexed lookups: one statement with
// OR over the alias table can use no index and read the whole directory,
// for every new name an event or an import brings.
async function idByName(tx: Tx, kind: Kind, name: string): Promise<number | null> {
  const first = { select: { id: true }, orderBy: { id: "asc" } } as const;
  if (kind === "person") {
    const own = await tx.person.findFirst({ where: { fullName: name }, ...first });
    if (own) return own.id;
    const alias = await tx.personAlias.findFirst({
      where: { name },
      select: { personId: true },
      orderBy: { personId: "asc" },
    });
    return alias?.personId ?? null;
  }
  const own = await tx.organization.findFirst({ where: { name }, ...first });
  if (own) return own.id;
  const alias = await tx.organizationAlias.findFirst({
    where: { name },
    select: { organizationId: true },
    orderBy: { organizationId: "asc" },
  });
  return alias?.organizationId ?? null;
}

// A record created from an event form has its own "create" entry, so its
// history (and audit:verify) starts where it does.
async function create(tx: Tx, actor: AuditActor, kind: Kind, name: string, orgKind: OrgKind): Promise<number> {
  const searchText = searchTextOf([name]);
  const { id } =
    kind === "person"
      ? await tx.person.create({ data: { fullName: name, searchText }, select: { id: true } })
      : await tx.organization.create({ data: { name, kind: orgKind, searchText }, select: { id: true } });
  await recordAudit(tx, actor, {
    action: "create",
    entity: kind === "person" ? "Person" : "Organization",
    entityId: id,
    before: null,
    after:
      kind === "person"
        ? personSnapshot({ fullName: name, aliases: [] })
        : organizationSnapshot({ name, kind: orgKind, aliases: [] }),
    version: 1,
  });
  return id;
}

/** The id of the record `ref` names; `path` is the form field blamed when an id does not exist. */
export async function directoryIdFor(
  tx: Tx,
  actor: AuditActor,
  kind: Kind,
  ref: DirectoryRef,
  path: string,
  memo?: TxMemo,
): Promise<number> {
  if ("id" in ref) {
    const id = ref.id;
    if (!(await remembered(memo, `${kind}#${id}`, () => exists(tx, kind, id)))) {
      throw fieldError(path, "validation.notFound");
    }
    return id;
  }
  // A name created by one row of an import is the same record for the next.
  return remembered(
    memo,
    `${kind}:${ref.name}`,
    async () => (await idByName(tx, kind, ref.name)) ?? (await create(tx, actor, kind, ref.name, ref.kind ?? "other")),
  );
}
