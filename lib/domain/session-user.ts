// The signed-in user as every layer sees them: who, their role, and their regions.
import type { Role } from "./roles";

export type SessionUser = { id: number; email: string; name: string; role: Role; regionIds: number[] };
