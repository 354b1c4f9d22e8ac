// The names the intake page shows for codes (regions, districts, campaigns) in
// the user's language, passed from the server page.
export type IntakeLists = {
  regions: Array<{ iso: string; name: string; districts: Array<{ id: number; name: string }> }>;
  campaigns: Array<{ slug: string; name: string }>;
  today: string;
};
