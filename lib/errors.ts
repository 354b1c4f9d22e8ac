// Domain errors with a small code set; pages map them to notFound()/forbidden
// messages and never show their text to users.
export type AppErrorCode = "INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNAUTHENTICATED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = "AppError";
  }
}
