"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button } from "@/components/ui/button";
import { FieldError as FieldMessage, invalidProps } from "@/components/ui/form-field";
import { resetUserPassword, type UserFormState } from "@/lib/actions/users";

export function PasswordForm({ userId }: { userId: number }) {
  const t = useTranslations("users");
  const [password, setPassword] = useState("");
  const [state, dispatch, pending] = useActionState<UserFormState, { id: number; password: string }>(
    resetUserPassword,
    {},
  );
  const err = useFieldError(state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {});
  const id = `password-${userId}`;
  return (
    <form
      noValidate
      className="flex flex-wrap items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(() => dispatch({ id: userId, password }));
      }}
    >
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t("newPassword")}
        </label>
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          {...invalidProps(id, err("password"))}
        />
        <FieldMessage id={id} message={err("password")} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="mt-5">
        {t("resetPassword")}
      </Button>
      <span role="status" className="mt-7 text-sm text-green-800">
        {state.result?.ok ? t("passwordReset") : ""}
      </span>
    </form>
  );
}
