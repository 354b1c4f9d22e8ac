// Labelled form controls with their error message announced to screen readers.
// Generic: no domain knowledge; every form builds from these.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** How every text input, select and text area looks (forms that lay out their own controls use it too; app/globals.css). */
export const controlClass = "control";
const labelClass = "block text-sm font-medium text-slate-800";

const messageId = (id: string) => `${id}-error`;
export const invalidProps = (id: string, error?: string) =>
  error ? { "aria-invalid": true as const, "aria-describedby": messageId(id) } : { "aria-describedby": messageId(id) };

export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={messageId(id)} aria-live="polite" className="min-h-5 text-sm text-red-700" data-testid={`error-${id}`}>
      {message}
    </p>
  );
}

type Common = { id: string; label: string; error?: string; className?: string };

function Labelled({ id, label, error, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      <FieldError id={id} message={error} />
    </div>
  );
}

export function TextField({
  id,
  label,
  error,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">) {
  return (
    <Labelled id={id} label={label} error={error} className={className}>
      <input id={id} className={controlClass} {...invalidProps(id, error)} {...input} />
    </Labelled>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  className,
  ...input
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  return (
    <Labelled id={id} label={label} error={error} className={className}>
      <textarea id={id} className={controlClass} {...invalidProps(id, error)} {...input} />
    </Labelled>
  );
}

export function SelectField({
  id,
  label,
  error,
  className,
  options,
  placeholder,
  ...select
}: Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> & {
    options: Array<{ value: string; label: string }>;
    /** A first, empty choice ("Choose…"). */
    placeholder?: string;
  }) {
  return (
    <Labelled id={id} label={label} error={error} className={className}>
      <select id={id} className={controlClass} {...invalidProps(id, error)} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A group of checkboxes (or other controls) under one legend. */
export function Fieldset({
  legend,
  error,
  errorId,
  className,
  children,
}: {
  legend: string;
  error?: string;
  errorId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={className}>
      <legend className={labelClass}>{legend}</legend>
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
