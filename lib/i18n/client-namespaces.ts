// Which message namespaces each group of client components reads. Only these
// are sent to the browser with a page (the whole catalogue is ~35–50 KB per
// language and used to travel in every page's payload); server components
// read the full catalogue on the server. A client component that reads a
// namespace missing here shows the key instead of the text:
// lib/i18n/messages.test.ts follows each page's imports and checks it.
const FORM_RESULTS = ["errors", "validation", "enum"] as const;

// An entry is a whole namespace ("form") or one message of it ("errors.retry"):
// the shell on every page needs three of the forty error messages.
export const CLIENT_NAMESPACES = {
  /** The shell on every page: language switch, idle warning, error page. */
  shell: [
    "app",
    "nav",
    "locale",
    "user.idleWarning",
    "user.stayIn",
    "errors.errorTitle",
    "errors.errorBody",
    "errors.retry",
  ],
  login: ["login", ...FORM_RESULTS],
  exportMenu: ["export.label", "export.inProgress", "export.cancel", "export.failed"],
  deleteEvent: ["event", "errors"],
  eventForm: ["form", "event", "export", "source", ...FORM_RESULTS],
  intake: ["intake", "locale", "form", "event", "export", "source", "date", ...FORM_RESULTS],
  import: ["import", "export", "form", ...FORM_RESULTS],
  dashboard: ["dashboard"],
  users: ["user", "users", "form", ...FORM_RESULTS],
  directory: ["directory", "form", ...FORM_RESULTS],
  sourceEdit: ["source", "event", "form", ...FORM_RESULTS],
} as const;

export type ClientGroup = keyof typeof CLIENT_NAMESPACES;
