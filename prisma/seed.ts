// `npx prisma db seed` / `npm run db:seed`: loads the seed into DATABASE_URL.
import { appEnv } from "../lib/app-env";
import { createDb } from "../lib/db-client";
import { DEFAULT_DEMO_PASSWORD, demoPassword } from "../lib/password";
import { seed } from "./seed/run";

const { db } = createDb();
// Demo accounts with the well-known default password never reach production.
const users = !(appEnv() === "production" && demoPassword() === DEFAULT_DEMO_PASSWORD);
seed(db, { users })
  .then(async () => {
    const [events, sources, usersCount] = await Promise.all([db.event.count(), db.source.count(), db.user.count()]);
    console.log(
      `seeded: ${events} events, ${sources} sources, ${usersCount} users${users ? "" : " (demo users skipped: set DEMO_PASSWORD)"}`,
    );
  })
  .finally(() => db.$disconnect())
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
