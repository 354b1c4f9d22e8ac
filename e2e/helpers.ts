import { expect, type Page } from "@playwright/test";

const PASSWORD = process.env.DEMO_PASSWORD || "outreach-demo";
export const ROLES = ["admin", "coordinator", "staff", "viewer"] as const;
export type RoleName = (typeof ROLES)[number];
export const emailOf = (role: RoleName) => `${role}@demo.kz`;
export const stateOf = (role: RoleName) => `e2e/.auth/${role}.json`;

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, email: string) {
  await expect(page.getByTestId("current-user")).toContainText(email);
}

/**
 * Tag for specs that check the pristine seed's exact numbers: the "pristine"
 * project runs them before any spec that writes (playwright.config.ts).
 */
export const PRISTINE = { tag: "@pristine" };
