"use client";
// A text field that proposes choices as the user types (Headless UI's
// combobox), labelled, with its error announced like every other field.
// Generic: what is looked up, and what a choice means, is the caller's.
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label } from "@headlessui/react";
import { useState, type ReactNode } from "react";
import { controlClass, FieldError, invalidProps } from "./form-field";

export type Choice<T> = {
  key: string | number;
  value: T;
  label: ReactNode;
  detail?: string;
  /** An action rather than a record ("create …"): drawn as a link, listed last. */
  action?: boolean;
};

type Props<T> = {
  id: string;
  label: string;
  value: T | null;
  display: (v: T | null) => string;
  onChange: (v: T | null) => void;
  /** What the user has typed, on each keystroke (the caller looks choices up). */
  onQuery: (q: string) => void;
  choices: Array<Choice<T>>;
  placeholder?: string;
  error?: string;
  /** A line under the field (e.g. "will be created on save"). */
  note?: ReactNode;
};

const option = "cursor-pointer px-3 py-1.5 data-focus:bg-brand-50";

export function SearchCombobox<T>({ id, label, value, display, onChange, onQuery, choices, ...rest }: Props<T>) {
  // After typing, the list highlights its first choice (a record, if any): the
  // first ArrowDown keeps it there instead of moving past it to an action, so
  // ArrowDown + Enter never picks "create" over a record that exists.
  const [typedSinceArrow, setTypedSinceArrow] = useState(false);
  return (
    <Field className="relative">
      <Label className="block text-xs font-medium text-slate-700">{label}</Label>
      <Combobox value={value} onChange={onChange} onClose={() => onQuery("")} immediate>
        <ComboboxInput
          id={id}
          displayValue={display}
          onChange={(e) => {
            onQuery(e.target.value);
            setTypedSinceArrow(true);
          }}
          onKeyDown={(e) => {
            if (e.key !== "ArrowDown" || !typedSinceArrow) return;
            setTypedSinceArrow(false);
            if (choices.length > 0 && !choices[0]?.action) e.preventDefault();
          }}
          placeholder={rest.placeholder}
          className={controlClass}
          {...invalidProps(id, rest.error)}
        />
        <ComboboxOptions
          anchor="bottom start"
          className="z-20 w-(--input-width) rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {choices.map((c) => (
            <ComboboxOption key={c.key} value={c.value} className={c.action ? `${option} text-brand-700` : option}>
              <div>{c.label}</div>
              {c.detail && <div className="text-xs text-slate-500">{c.detail}</div>}
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </Combobox>
      {rest.note && <p className="text-xs text-slate-500">{rest.note}</p>}
      <FieldError id={id} message={rest.error} />
    </Field>
  );
}
