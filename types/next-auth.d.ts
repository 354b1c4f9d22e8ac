import type { Role } from "../lib/domain/roles";
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    role: Role;
    regionIds: number[];
    /** The session's row (lib/data/sessions.ts), made at sign-in. */
    sid?: string;
  }
  interface Session {
    user: { id: string; role: Role; regionIds: number[]; sid?: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    regionIds?: number[];
    sid?: string;
  }
}
