// One changed field in plain language: "audience size 300 → 500".
import type { ChangedField } from "@/lib/errors";

type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};
type Change = ChangedField;

const ENUM_FIELDS: Record<string, string> = {
  status: "enum.status",
  format: "enum.format",
  datePrecision: "export.precision",
};

function valueText(t: Translate, field: string, v: Change["before"]): string {
  if (v === null || v === "") return "—";
  if (typeof v === "boolean") return t(v ? "export.yes" : "export.no");
  const prefix = ENUM_FIELDS[field];
  if (prefix && t.has(`${prefix}.${v}`)) return t(`${prefix}.${v}`);
  if (field === "audiences")
    return String(v)
      .split(", ")
      .map((a) => (t.has(`enum.audience.${a}`) ? t(`enum.audience.${a}`) : a))
      .join(", ");
  const s = String(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export function changeText(t: Translate, c: Change): string {
  const field = t.has(`history.fields.${c.field}`) ? t(`history.fields.${c.field}`) : c.field;
  return t("history.change", { field, before: valueText(t, c.field, c.before), after: valueText(t, c.field, c.after) });
}
