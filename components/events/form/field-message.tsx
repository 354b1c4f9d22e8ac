// The error under a field: linked by aria-describedby, announced when it appears.
import { errorId } from "./field-errors";

export function FieldMessage({ id, message }: { id: string; message?: string }) {
  return (
    <p id={errorId(id)} aria-live="polite" className="min-h-5 text-sm text-red-700" data-testid={`error-${id}`}>
      {message}
    </p>
  );
}

export const invalidProps = (id: string, message?: string) =>
  message ? { "aria-invalid": true as const, "aria-describedby": errorId(id) } : { "aria-describedby": errorId(id) };
