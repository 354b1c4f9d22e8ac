// User management input, shared by the admin forms and the actions.
import { z } from "zod";
import { ROLES } from "../domain/roles";

const PASSWORD_MIN = 10;

const password = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN, { message: `validation.passwordShort|${PASSWORD_MIN}` })
  .max(200, { message: "validation.tooLong|200" });

const base = z.object({
  name: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { message: "validation.required" })
    .max(200, { message: "validation.tooLong|200" }),
  role: z.enum(ROLES, { error: "validation.choose" }),
  regions: z
    .array(z.string().regex(/^KZ-\d{2}$/, { message: "validation.choose" }))
    .max(20)
    .default([]),
});

// Coordinators and staff work in regions; without any they could do nothing.
const needsRegions = (v: { role: string; regions: string[] }, ctx: z.RefinementCtx) => {
  if ((v.role === "coordinator" || v.role === "staff") && v.regions.length === 0) {
    ctx.addIssue({ code: "custom", path: ["regions"], message: "validation.regionsRequired" });
  }
};

export const userCreateSchema = base
  .extend({
    email: z
      .string({ error: "validation.required" })
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "validation.email" }).max(254, { message: "validation.tooLong|254" })),
    password,
  })
  .superRefine(needsRegions);
export const userUpdateSchema = base.superRefine(needsRegions);
export const passwordResetSchema = z.object({ password });

export type UserCreateInput = z.output<typeof userCreateSchema>;
export type UserUpdateInput = z.output<typeof userUpdateSchema>;
