// The reference lists as shipped (prisma/seed/data/regions.json and the two
// campaigns the seed creates), for extraction without a database: the
// evaluation set and unit tests. Ids are positions in the file, not the
// database's; the app uses lib/data/intake.ts's reference instead.
import { gazetteer } from "./places";
import reference from "../../prisma/seed/data/regions.json";
import type { Reference } from "./extract";
import type { PlaceRegion } from "../import/places";

type RefRegion = {
  iso: string;
  name_en: string;
  name_ru: string;
  name_kk: string;
  districts?: Array<{ en: string; ru: string; kk: string }>;
  cities?: Array<{ en: string; ru: string; kk: string }>;
};

const SEED_CAMPAIGNS = [
  { slug: "referendum-2022", voteDate: "2022-06-05" },
  { slug: "referendum-2026", voteDate: "2026-03-15" },
];

function offlineRegions(): PlaceRegion[] {
  let next = 1;
  return (reference as { regions: RefRegion[] }).regions.map((r, i) => ({
    id: i + 1,
    iso: r.iso,
    nameEn: r.name_en,
    nameRu: r.name_ru,
    nameKk: r.name_kk,
    districts: [...(r.districts ?? []), ...(r.cities ?? [])].map((d) => ({
      id: next++,
      nameEn: d.en,
      nameRu: d.ru,
      nameKk: d.kk,
    })),
  }));
}

export const offlineReference = (today: string): Reference => ({
  gazetteer: gazetteer(offlineRegions()),
  campaigns: SEED_CAMPAIGNS,
  today,
});
