import type { Role } from "../lib/domain/roles";
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    role: Role;
    regionIds: number[];
  }
  interface Session {
    user: { id: string; role: Role; regionIds: number[] } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    regionIds?: number[];
  }
}
