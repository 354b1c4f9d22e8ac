"use client";
// Create or edit a user: role and the regions they work in.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { ConflictList } from "@/components/events/conflict-list";
import { useFieldError } from "@/components/events/form/use-field-error";
import { Button } from "@/components/ui/button";
import { FieldError as FieldMessage, invalidProps, controlClass } from "@/components/ui/form-field";
import { saveUser, type UserFormState } from "@/lib/actions/users";
import { ROLES } from "@/lib/domain/roles";

type Props = {
  regions: Array<{ iso: string; name: string }>;
  user?: { id: number; email: string; name: string; role: string; regions: string[]; version: number };
};

export function UserForm({ regions, user }: Props) {
  const t = useTranslations();
  const prefix = user ? `user-${user.id}` : "new-user";
  const [values, setValues] = useState({
    email: user?.email ?? "",
    name: user?.name ?? "",
    role: user?.role ?? "staff",
    regions: user?.regions ?? [],
    password: "",
  });
  const [state, dispatch, pending] = useActionState<UserFormState, Parameters<typeof saveUser>[1]>(saveUser, {});
  const errors = state.result && !state.result.ok ? (state.result.fieldErrors ?? {}) : {};
  const err = useFieldError(errors);
  const saved = state.result?.ok;
  return (
    <form
      noValidate
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(() =>
          dispatch(
            user
              ? { id: user.id, version: user.version, name: values.name, role: values.role, regions: values.regions }
              : values,
          ),
        );
      }}
    >
      {!user && (
        <div>
          <label htmlFor={`${prefix}-email`} className="block text-sm font-medium">
            {t("users.email")}
          </label>
          <input
            id={`${prefix}-email`}
            type="email"
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
            className={controlClass}
            {...invalidProps(`${prefix}-email`, err("email"))}
          />
          <FieldMessage id={`${prefix}-email`} message={err("email")} />
        </div>
      )}
      <div>
        <label htmlFor={`${prefix}-name`} className="block text-sm font-medium">
          {t("users.name")}
        </label>
        <input
          id={`${prefix}-name`}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          className={controlClass}
          {...invalidProps(`${prefix}-name`, err("name"))}
        />
        <FieldMessage id={`${prefix}-name`} message={err("name")} />
      </div>
      <div>
        <label htmlFor={`${prefix}-role`} className="block text-sm font-medium">
          {t("users.role")}
        </label>
        <select
          id={`${prefix}-role`}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value })}
          className={controlClass}
          {...invalidProps(`${prefix}-role`, err("role"))}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`user.role.${r}`)}
            </option>
          ))}
        </select>
        <FieldMessage id={`${prefix}-role`} message={err("role")} />
      </div>
      {!user && (
        <div>
          <label htmlFor={`${prefix}-password`} className="block text-sm font-medium">
            {t("users.password")}
          </label>
          <input
            id={`${prefix}-password`}
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => setValues({ ...values, password: e.target.value })}
            className={controlClass}
            {...invalidProps(`${prefix}-password`, err("password"))}
          />
          <FieldMessage id={`${prefix}-password`} message={err("password")} />
        </div>
      )}
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{t("users.regions")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
          {regions.map((r) => (
            <label key={r.iso} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={values.regions.includes(r.iso)}
                onChange={(e) =>
                  setValues({
                    ...values,
                    regions: e.target.checked ? [...values.regions, r.iso] : values.regions.filter((x) => x !== r.iso),
                  })
                }
              />
              {r.name}
            </label>
          ))}
        </div>
        <FieldMessage id={`${prefix}-regions`} message={err("regions")} />
      </fieldset>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {user ? t("users.save") : t("users.create")}
        </Button>
        <span role="status" className="text-sm text-slate-800">
          {saved
            ? t("users.saved")
            : state.result && !state.result.fieldErrors
              ? t(
                  state.result.code === "conflict"
                    ? "users.conflict"
                    : t.has(state.result.message)
                      ? state.result.message
                      : "errors.errorBody",
                )
              : ""}
        </span>
      </div>
      {state.result && !state.result.ok && (
        <div className="sm:col-span-2">
          <ConflictList changes={state.result.conflict} />
        </div>
      )}
    </form>
  );
}
