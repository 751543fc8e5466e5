// The demo's teams: SDR pods, AE teams by region and segment, and CS teams. The
// region sets the working hours (as New York clock hours, since the organisation
// runs on New York time); the segment sets deal sizes and quotas.

export type Persona = "sdr" | "ae" | "manager" | "csm";
export type TeamFunction = "sdr" | "ae" | "csm";
export type Region = "na_east" | "na_central" | "na_west" | "emea" | "latam";
export type Segment = "enterprise" | "mid_market" | "smb";

export interface TeamSpec {
  name: string;
  region: Region;
  segment: Segment;
}

export interface Team extends TeamSpec {
  function: TeamFunction | "leadership";
  managerId: string | null;
}

/** The span of a usual working day in New York hours (EMEA starts at 3 am New York time). */
export const REGION_HOURS: Record<Region, { start: number; end: number }> = {
  na_east: { start: 8.5, end: 17.5 },
  na_central: { start: 9.5, end: 18.5 },
  na_west: { start: 11.5, end: 20.5 },
  emea: { start: 3, end: 12 },
  latam: { start: 7.5, end: 16.5 },
};

export const LEADERSHIP_TEAM = "Sales Leadership";

const t = (name: string, region: Region, segment: Segment): TeamSpec => ({ name, region, segment });

/** In the order teams are opened as the organisation grows. */
export const TEAM_CATALOG: Record<TeamFunction, TeamSpec[]> = {
  sdr: [
    t("SDR NA East", "na_east", "mid_market"),
    t("SDR EMEA", "emea", "mid_market"),
    t("SDR NA West", "na_west", "mid_market"),
    t("SDR NA Inbound", "na_central", "smb"),
    t("SDR NA Enterprise", "na_east", "enterprise"),
    t("SDR EMEA Enterprise", "emea", "enterprise"),
    t("SDR LATAM", "latam", "mid_market"),
    t("SDR NA Central", "na_central", "mid_market"),
  ],
  ae: [
    t("NA Enterprise", "na_east", "enterprise"),
    t("NA Mid-Market", "na_central", "mid_market"),
    t("EMEA Enterprise", "emea", "enterprise"),
    t("NA SMB", "na_central", "smb"),
    t("NA Mid-Market West", "na_west", "mid_market"),
    t("EMEA Mid-Market", "emea", "mid_market"),
    t("LATAM", "latam", "mid_market"),
    t("NA Enterprise West", "na_west", "enterprise"),
    t("NA SMB East", "na_east", "smb"),
  ],
  csm: [
    t("Customer Success NA", "na_east", "mid_market"),
    t("Customer Success EMEA", "emea", "mid_market"),
    t("Customer Success Strategic", "na_central", "enterprise"),
    t("Customer Success NA West", "na_west", "smb"),
    t("Customer Success LATAM", "latam", "mid_market"),
  ],
};

/** The i-th team of a function; past the catalogue, names repeat with a number ("NA SMB 2"). */
export function teamSpec(fn: TeamFunction, i: number): TeamSpec {
  const catalog = TEAM_CATALOG[fn];
  const base = catalog[i % catalog.length] as TeamSpec;
  const round = Math.floor(i / catalog.length);
  return round === 0 ? base : { ...base, name: `${base.name} ${round + 1}` };
}

/** Split `total` teams across functions in proportion to their headcount, at least one each. */
export function teamCounts(
  total: number,
  heads: Record<TeamFunction, number>,
): Record<TeamFunction, number> {
  const fns = (Object.keys(heads) as TeamFunction[]).filter((fn) => heads[fn] > 0);
  const people = fns.reduce((sum, fn) => sum + heads[fn], 0);
  const counts: Record<TeamFunction, number> = { sdr: 0, ae: 0, csm: 0 };
  for (const fn of fns) counts[fn] = 1;
  let left = total - fns.length;
  // D'Hondt: each further team goes where it most shrinks the people per team.
  while (left > 0) {
    let best: TeamFunction | null = null;
    for (const fn of fns) {
      if (best === null || heads[fn] / (counts[fn] + 1) > heads[best] / (counts[best] + 1))
        best = fn;
    }
    if (best === null || people === 0) break;
    counts[best]++;
    left--;
  }
  return counts;
}
