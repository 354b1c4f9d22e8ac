// Speakers and organisations as plain text, one per line: how the event form
// takes them when the browser runs no JavaScript (the pickers need it), and
// how a spreadsheet cell holds them. A speaker is "Name (role)" or
// "Name — role". A name already on the event keeps its record (and the
// speaker's organisation); any other name is looked up or created as the
// form's typed names are.
import { ORG_ROLES, type OrgRole } from "../domain/enums";
import { foldCase } from "../search/normalize";
import type { DirectoryValue, OrganizationRow, SpeakerRow } from "./event-fields";

type Speaker = Omit<SpeakerRow, "key">;
type Organization = Omit<OrganizationRow, "key">;

/** The form's text fields for the lists (posted only by a browser without JavaScript). */
export const LIST_TEXT = { speakers: "speakersText", host: "hostsText", participant: "participantsText" } as const;

/** "Name (role)" or "Name — role" → its parts. */
export function parseSpeaker(item: string): { name: string; role: string | null } {
  const [, name, role] = /^(.+?)\s*\((.+)\)\s*$/.exec(item) ?? /^(.+?)\s+[—–]\s+(.+)$/.exec(item) ?? [];
  return name && role ? { name: name.trim(), role: role.trim() } : { name: item.trim(), role: null };
}

const lines = (text: string) =>
  text
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);
const nameOf = (v: DirectoryValue) => v?.name ?? "";
const sameName = (v: DirectoryValue, name: string) => v !== null && foldCase(nameOf(v)) === foldCase(name);

/** The speakers as lines of "Name (role)". */
export function speakerLines(rows: Speaker[]): string {
  return rows
    .filter((r) => r.person)
    .map((r) => (r.role.trim() ? `${nameOf(r.person)} (${r.role.trim()})` : nameOf(r.person)))
    .join("\n");
}

/** The speakers the lines name, in their order; `kept` are the event's speakers before. */
export function speakersFromLines(text: string, kept: Speaker[]): Speaker[] {
  return lines(text)
    .map(parseSpeaker)
    .map(({ name, role }) => {
      const same = kept.find((r) => sameName(r.person, name));
      return { person: same?.person ?? { name }, role: role ?? "", organization: same?.organization ?? null };
    });
}

/** The organisations in one role, one name per line. */
export function organizationLines(rows: Organization[], role: OrgRole): string {
  return rows
    .filter((r) => r.role === role && r.organization)
    .map((r) => nameOf(r.organization))
    .join("\n");
}

/** The organisations the lines of each role name; `kept` are the event's organisations before. */
export function organizationsFromLines(text: Record<OrgRole, string>, kept: Organization[]): Organization[] {
  return ORG_ROLES.flatMap((role) =>
    lines(text[role]).map((name) => ({
      role,
      organization: kept.find((r) => sameName(r.organization, name))?.organization ?? { name },
    })),
  );
}
