// Where "Open in form" leaves a draft for the event form (this tab's session storage).
export const DRAFT_STORAGE_KEY = "outreach:intake-draft";
