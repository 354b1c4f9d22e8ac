// Password hashing with bcrypt (pure JS, so nothing native to build).
import bcrypt from "bcryptjs";

const COST = 11;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** The development default for the demo accounts; refused in production. */
export const DEFAULT_DEMO_PASSWORD = "outreach-demo";
export const demoPassword = (env: NodeJS.ProcessEnv = process.env) => env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
