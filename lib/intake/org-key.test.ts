// The key an organisation's name matches by, and the ways one body is named twice.
import { describe, expect, it } from "vitest";
import { orgKey, sameFullName } from "./org-key";

describe("one organisation named two ways", () => {
  it("matches a national company with and without its mark («НК», ҰК)", () => {
    expect(orgKey("АО «НК «Қазақстан темір жолы»")).toBe(orgKey("АО «Қазақстан темір жолы»"));
    expect(orgKey("«Қазақстан темір жолы» ҰК АҚ")).toBe(orgKey("Қазақстан темір жолы"));
  });

  it("matches a site with and without its kind, and keeps a name that is only a kind", () => {
    expect(orgKey("Разрез «Богатырь»")).toBe(orgKey("«Богатырь»"));
    expect(orgKey("шахта «Казахстанская»")).toBe(orgKey("«Казахстанская»"));
    expect(orgKey("ТОО")).not.toBe(orgKey("АО"));
  });

  it("matches a quoted name and its initials, a hyphenated word's later parts read or not", () => {
    const full = "АО «Соколовско-Сарбайское горно-обогатительное производственное объединение»";
    expect(sameFullName("АО «ССГПО»", full)).toBe(true);
    expect(sameFullName(full, "АО «ССГОПО»")).toBe(true);
    expect(sameFullName("Ust-Kamenogorsk Titanium-Magnesium Plant", "UKTMP")).toBe(true);
    expect(sameFullName("АО «КТЖ»", full)).toBe(false);
    // (Two letters are too few to tell a body by.)
    expect(sameFullName("«АК»", "«Ақ Көл»")).toBe(false);
  });

  it("matches a body by its quoted name alone and by its kind with it, not a wing by its party", () => {
    expect(sameFullName("«Атамекен»", "Региональная палата предпринимателей «Атамекен»")).toBe(true);
    expect(sameFullName("«Атамекен» ұлттық кәсіпкерлер палатасы", "«Атамекен»")).toBe(true);
    expect(sameFullName("«AMANAT»", "Молодёжное крыло «Жастар Рухы» партии «AMANAT»")).toBe(false);
    expect(sameFullName("«Атамекен»", "Палата предпринимателей «Атамекен-Тараз»")).toBe(false);
  });
});
