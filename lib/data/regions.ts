import "server-only";
import { db } from "../db";

export async function regionNamesByIds(ids: number[]) {
  if (ids.length === 0) return [];
  return db.region.findMany({
    where: { id: { in: ids } },
    select: { id: true, iso: true, nameEn: true, nameRu: true, nameKk: true },
    orderBy: { iso: "asc" },
  });
}

export async function regionNamesByIsos(isos: string[]) {
  if (isos.length === 0) return [];
  return db.region.findMany({
    where: { iso: { in: isos } },
    select: { iso: true, nameEn: true },
    orderBy: { iso: "asc" },
  });
}

export async function allRegionsWithDistricts() {
  return db.region.findMany({
    orderBy: { iso: "asc" },
    select: {
      id: true,
      iso: true,
      nameEn: true,
      nameRu: true,
      nameKk: true,
      districts: { orderBy: { nameEn: "asc" }, select: { id: true, nameEn: true, nameRu: true, nameKk: true } },
    },
  });
}

export async function campaignsNewestFirst() {
  return db.campaign.findMany({
    orderBy: { voteDate: "desc" },
    select: { slug: true, voteDate: true, nameEn: true, nameRu: true, nameKk: true },
  });
}

export async function regionByIso(iso: string) {
  return db.region.findUnique({ where: { iso }, select: { id: true, iso: true } });
}
