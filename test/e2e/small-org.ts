// A small organisation whose every answer was worked out by hand (see cli.test.ts).
// Window: Mon 2026-03-02 .. Sun 2026-03-15 in America/New_York; weekends 7-8 and 14-15,
// a company holiday on Fri 2026-03-13, so 9 working days. US DST starts on Sun 2026-03-08.

export const CONFIG = `timezone: America/New_York
window: { from: 2026-03-02, to: 2026-03-15 }
calendar:
  weekend: [sat, sun]
  holidays: { dates: [2026-03-13] }
eligibility: { ramp_days: 0, min_eligible_days: 5 }
personas:
  sdr:
    label: BDR/SDR
    targets: [{ activity: email_sent, per_day: 2 }]
  ae:
    label: Account Executive
    targets: [{ activity: email_sent, per_day: 1 }]
  csm:
    label: Customer Success Manager
    targets: [{ activity: account_touched, per_day: 2, measure: distinct_subjects }]
gap: { metric: auto, group_fraction: 0.5, min_group_size: 2 }
privacy: { min_group_size: 2 }
`;

export const PEOPLE = `person_id,name,email,manager_id,team,persona,start_date,end_date
s1,Ada Sender,ada@example.com,m1,East,sdr,2025-01-06,
s2,Bo Absent,bo@example.com,m1,East,sdr,2025-01-06,
s3,Cy Newhire,cy@example.com,m1,West,sdr,2026-03-04,
s4,Di Promoted,di@example.com,m1,West,,2024-05-01,
c1,Ed Success,ed@example.com,m1,Care,csm,2024-01-01,
`;

// Di was an SDR until the Sunday, and an AE from Monday 2026-03-09.
export const ROLES = `person_id,persona,team,valid_from,valid_to
s4,sdr,West,2024-05-01,2026-03-08
s4,ae,West,2026-03-09,
`;

export const ABSENCES = `person_id,from,to,kind
s2,2026-03-09,2026-03-10,pto
`;

export const OPPORTUNITIES = `opportunity_id,owner_id,amount,close_date,is_won
o1,s1,10000,2026-03-10,true
o2,s2,2000,2026-03-11,true
o3,s3,6000,2026-03-12,true
o4,s3,5000,2026-03-12,false
o5,s4,1000,2026-03-05,true
o6,s1,99999,2026-04-02,true
`;

const WORKING = ["02", "03", "04", "05", "06", "09", "10", "11", "12"].map((d) => `2026-03-${d}`);

function rows(person: string, type: string, perDay: Record<string, number>, subjects?: string[]) {
  const out: string[] = [];
  for (const [day, n] of Object.entries(perDay)) {
    for (let i = 0; i < n; i++) {
      const subject = subjects ? (subjects[i % subjects.length] ?? "") : "";
      // 15:00Z is 10:00 or 11:00 in New York: well inside the day on both sides of DST.
      out.push(`,crm,${person},${type},${day}T15:${String(i).padStart(2, "0")}:00Z,${subject}`);
    }
  }
  return out;
}

const each = (days: string[], n: number) => Object.fromEntries(days.map((d) => [d, n]));

export const ACTIVITIES = [
  "event_id,source,person_id,activity_type,occurred_at,subject_id",
  // Ada: 17 emails on working days + 1 on Saturday = 18 = 2 x 9, exactly on target.
  ...rows("s1", "email_sent", {
    ...each(WORKING.slice(0, 8), 2),
    "2026-03-12": 1,
    "2026-03-07": 1,
  }),
  // Bo: 13 emails over 7 eligible days: 1 short of 14.
  ...rows("s2", "email_sent", {
    ...each(["2026-03-02", "2026-03-03", "2026-03-04"], 3),
    "2026-03-11": 4,
  }),
  // Cy: 28 emails from the start date, 7 eligible days: 4 a day, score 2.
  ...rows("s3", "email_sent", each(WORKING.slice(2), 4)),
  // ...and one at 03:00Z on 03-04, which is 22:00 on 03-03 in New York: before the start date.
  ",crm,s3,email_sent,2026-03-04T03:00:00Z,",
  // Di: 10 emails as an SDR (5 days), 8 as an AE (4 eligible days: too few).
  ...rows("s4", "email_sent", each(WORKING.slice(0, 5), 2)),
  ...rows("s4", "email_sent", each(WORKING.slice(5, 9), 2)),
  // Ed: accounts A and B every working day, A twice on 03-02: 19 touches, 18 distinct-per-day.
  ...rows("c1", "account_touched", each(WORKING, 2), ["A", "B"]),
  ",crm,c1,account_touched,2026-03-02T16:30:00Z,A",
  "",
].join("\n");

export const LOGINS = [
  "person_id,occurred_at,source",
  ...WORKING.map((d) => `s1,${d}T14:00:00Z,crm`),
  ...["02", "03", "04", "05"].map((d) => `s2,2026-03-${d}T14:00:00Z,crm`),
  ...["04", "05"].map((d) => `s3,2026-03-${d}T14:00:00Z,crm`),
  "s4,2026-03-02T14:00:00Z,crm",
  "s4,2026-03-09T14:00:00Z,crm",
  "",
].join("\n");
