// Types of scripts/bootstrap.mjs for the TypeScript benchmark scripts that use it.
export const ROOT: string;
export function baseEnv(extra?: Record<string, string>): NodeJS.ProcessEnv & { DATABASE_URL?: string };
export function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): void;
export function runBin(name: string, args: string[], env?: NodeJS.ProcessEnv): void;
export function ensureInstalled(): void;
export function ensureBuilt(env: NodeJS.ProcessEnv): void;
export function prepareDatabase(env: NodeJS.ProcessEnv): void;
