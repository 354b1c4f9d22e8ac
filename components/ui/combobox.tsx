"use client";
// A text field that proposes choices as the user types (downshift's
// useCombobox: the ARIA combobox pattern, keyboard and pointer, in a few KiB),
// labelled, with its error announced like every other field.
// Generic: what is looked up, and what a choice means, is the caller's.
import { useCombobox } from "downshift";
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

// At least 44 px tall under a finger (phone), compact with a pointer.
const option = "flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 md:min-h-0 md:py-1.5";

export function SearchCombobox<T>({ id, label, value, display, onChange, onQuery, choices, ...rest }: Props<T>) {
  // The field shows the chosen value's name; typing replaces it until a choice
  // is made or the list closes (then the chosen name comes back).
  const shown = display(value);
  const [typed, setTyped] = useState(shown);
  const [wasShown, setWasShown] = useState(shown);
  if (wasShown !== shown) {
    setWasShown(shown);
    setTyped(shown);
  }
  // After typing, the list highlights its first choice (a record, if any): the
  // first ArrowDown keeps it there instead of moving past it to an action, so
  // ArrowDown + Enter never picks "create" over a record that exists.
  const [typedSinceArrow, setTypedSinceArrow] = useState(false);
  const box = useCombobox<Choice<T>>({
    inputId: id,
    items: choices,
    itemToString: (c) => (c ? display(c.value) : ""),
    itemToKey: (c) => c?.key,
    selectedItem: null,
    inputValue: typed,
    defaultHighlightedIndex: 0,
    stateReducer: (state, { type, changes }) => {
      // Leaving the field picks nothing: only Enter or a click chooses.
      if (type === useCombobox.stateChangeTypes.InputBlur) return { ...changes, selectedItem: state.selectedItem };
      // The first ArrowDown after typing stays on a record listed first.
      const keepFirst = typedSinceArrow && choices.length > 0 && !choices[0]?.action;
      if (type === useCombobox.stateChangeTypes.InputKeyDownArrowDown && keepFirst)
        return { ...changes, highlightedIndex: state.highlightedIndex };
      return changes;
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      setTyped(display(selectedItem.value));
      onChange(selectedItem.value);
    },
    onIsOpenChange: ({ isOpen }) => {
      if (isOpen) return;
      onQuery("");
      setTyped(shown);
    },
  });
  return (
    <div className="relative">
      <label {...box.getLabelProps()} className="field-label">
        {label}
      </label>
      <input
        {...box.getInputProps({
          // The typed text is kept in the keystroke's own event: a value set
          // later (downshift reports changes after rendering) would let a fast
          // typist's next letter land on the old text and be lost.
          onChange: (e) => {
            setTyped(e.currentTarget.value);
            onQuery(e.currentTarget.value);
            setTypedSinceArrow(true);
          },
          onFocus: () => {
            if (!box.isOpen) box.openMenu();
          },
          onKeyDown: (e) => {
            if (e.key === "ArrowDown") setTypedSinceArrow(false);
          },
        })}
        placeholder={rest.placeholder}
        className={controlClass}
        {...invalidProps(id, rest.error)}
      />
      <ul
        // Closed, the list is not labelled: only the field answers to the label.
        {...box.getMenuProps(box.isOpen ? {} : { "aria-labelledby": undefined })}
        className={`absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg ${
          box.isOpen && choices.length > 0 ? "" : "hidden"
        }`}
      >
        {box.isOpen &&
          choices.map((c, index) => (
            <li
              key={c.key}
              {...box.getItemProps({ item: c, index })}
              className={`${option} ${c.action ? "text-brand-700" : ""} ${box.highlightedIndex === index ? "bg-brand-50" : ""}`}
            >
              <div>{c.label}</div>
              {c.detail && <div className="text-xs text-slate-500">{c.detail}</div>}
            </li>
          ))}
      </ul>
      {rest.note && <p className="text-xs text-slate-500">{rest.note}</p>}
      <FieldError id={id} message={rest.error} />
    </div>
  );
}
