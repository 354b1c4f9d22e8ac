// Signs in once per role and saves the session for the specs (dub's pattern).
import { test as setup } from "@playwright/test";
import { emailOf, expectSignedInAs, ROLES, signIn, stateOf } from "./helpers";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await signIn(page, emailOf(role));
    await page.waitForURL("**/events");
    await expectSignedInAs(page, emailOf(role));
    await page.context().storageState({ path: stateOf(role) });
  });
}
