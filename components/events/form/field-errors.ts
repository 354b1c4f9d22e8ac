// Turns the schema's message keys ("validation.tooLong|300") into text.
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/schemas/event";

export function useFieldError(errors: FieldErrors) {
  const t = useTranslations();
  return (path: string): string | undefined => {
    const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`));
    if (!key) return undefined;
    const [message = "validation.invalid", arg] = errors[key]!.split("|");
    return t.has(message) ? t(message, { max: Number(arg ?? 0) }) : t("validation.invalid");
  };
}

export const errorId = (id: string) => `${id}-error`;
