// Environment, validated once at boot (instrumentation.ts). In production the
// app refuses to start without a real AUTH_SECRET or with the demo password.
import { z } from "zod";
import { appEnv } from "./app-env";
import { DEFAULT_DEMO_PASSWORD } from "./password";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: or postgresql://")
    .optional(),
  AUTH_SECRET: z.string().optional(),
  DEMO_PASSWORD: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export function checkEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  if (appEnv(env) === "production") {
    if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32)
      problems.push("AUTH_SECRET: set a random secret of at least 32 characters");
    if (env.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD)
      problems.push("DEMO_PASSWORD: the default demo password is not allowed in production");
  }
  return problems;
}
