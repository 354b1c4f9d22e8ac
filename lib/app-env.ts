// Which mode the app runs in. `production` is what a real deployment sets
// (APP_ENV=production); `npm start` from a fresh clone is the demo, which runs a
// production build of Next but with the development defaults (demo password,
// a generated AUTH_SECRET kept in ./data).
export type AppEnv = "development" | "test" | "production";

export function appEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const v = env.APP_ENV;
  if (v === "production" || v === "test" || v === "development") return v;
  return "development";
}
