// Turns the schema's message keys ("validation.tooLong|300") into text.
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/schemas/event";

export function useFieldError(errors: FieldErrors) {
  const t = useTranslations();
  return (path: string): string | undefined => {
    const found = Object.entries(errors).find(([k]) => k === path || k.startsWith(`${path}.`));
    if (!found) return undefined;
    const [message = "validation.invalid", arg] = found[1].split("|");
    return t.has(message) ? t(message, { max: Number(arg ?? 0) }) : t("validation.invalid");
  };
}
