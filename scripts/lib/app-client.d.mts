// Types of scripts/lib/app-client.mjs for the TypeScript benchmark scripts that use it.
import type { ChildProcess } from "node:child_process";

export function startServer(port: number, env?: Record<string, string>): ChildProcess;
export function signIn(base: string, email: string, password: string): Promise<string>;
export function api(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }>;
export function waitHealthy(base: string, ms?: number): Promise<void>;
export function eventBody(title: string, over?: Record<string, unknown>): Record<string, unknown>;
