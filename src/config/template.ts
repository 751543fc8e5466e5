// The uptake.yml that `init` writes: every setting at its default value, with
// a newcomer's guide in the comments. Loading it unchanged gives exactly the
// defaults (a test holds it to that).

export function initTemplate(): string {
  return TEMPLATE;
}

const TEMPLATE = `# uptake.yml: how uptake decides whether your team really uses its sales tools.
#
# uptake looks at the work people do in the tools (emails sent, calls logged,
# recordings viewed, accounts touched), not at whether they log in. Each person
# holds a persona (SDR, account executive, ...), and each persona has a daily
# target. Over a window of working days, a person whose work meets the target
# on average is "adopted".
#
# Every setting below is optional and shown at its default value: delete a
# line and nothing changes. (Personas are the one list that is taken as a
# whole: a persona deleted from it is no longer assessed.) Lines starting
# with # are comments; remove the # to use an example. Indentation matters
# (two spaces per level).
#
# \`uptake config check\` lists every problem in this file with its line.
# For completion and help in an editor with the YAML language server, run
# \`uptake config schema > uptake.schema.json\` and start this file with the
# comment line  yaml-language-server: $schema=uptake.schema.json

# The organisation's time zone (an IANA name such as Europe/Berlin or
# America/New_York). An activity's timestamp becomes a day in this zone.
timezone: UTC

# The month your fiscal year starts in (1 = January). Quarters follow it.
fiscal_year_start_month: 1

# Which days are assessed:
#   previous_quarter   the last complete fiscal quarter (the default)
#   quarter_to_date    the current fiscal quarter up to yesterday
window: previous_quarter
# window: quarter_to_date
# window: {trailing_days: 30}                    # the 30 days before today
# window: {from: 2025-01-01, to: 2025-03-31}     # explicit dates, inclusive

# Working days. Work done on other days still counts; they just do not raise
# the target.
calendar:
  weekend: [sat, sun]          # any of mon, tue, wed, thu, fri, sat, sun
  holidays:
    # country: US              # public holidays of a country, or a region: GB, DE-BY
    dates: []                  # further days off for everyone, e.g. [2025-12-24, 2025-12-31]

# Who is assessed.
eligibility:
  ramp_days: 0                 # days after a start date before a new hire's days count
  min_eligible_days: 10        # working days a person needs in the window to be assessed

# Personas: each user group with its own definition of adoption, in the order
# reports show them. The id (sdr, ae, ...) is what your role data refers to.
# This list replaces the default one: keep the personas you use, add your own.
#   label:       the name shown in reports
#   rule:        all = every target must be met; any = one is enough
#   targets:     per_day = the average per working day a person must reach;
#                measure = count (activities) or distinct_subjects (distinct
#                leads or accounts per day)
#   activities:  the activity types that count as work for this persona (shown
#                in reports, not scored; default: the targets' activities)
# Standard activity types: email_sent, call_logged, lead_contacted,
# forecast_updated, recording_viewed, account_touched, meeting_held.
# A persona with "targets: []" is listed but not scored.
personas:
  sdr:
    label: BDR/SDR
    rule: all
    targets:
      - {activity: email_sent, per_day: 20, measure: count}
    activities: [email_sent, call_logged, lead_contacted]
  ae:
    label: Account Executive
    rule: all
    targets:
      - {activity: email_sent, per_day: 10, measure: count}
    activities: [email_sent, call_logged, lead_contacted]
  manager:
    label: Sales Manager
    rule: all
    targets:
      - {activity: recording_viewed, per_day: 3, measure: count}
    activities: [forecast_updated, recording_viewed]
  csm:
    label: Customer Success Manager
    rule: all
    targets:
      - {activity: account_touched, per_day: 5, measure: distinct_subjects}
    activities: [account_touched]

# Activity types of your own, beyond the standard ones, that targets and
# activities may name (lowercase snake_case).
# activity_types: [linkedin_message_sent, demo_booked]

# The Adoption Gap: what the top adopters of a persona achieve compared with
# the bottom adopters. It shows an association, not proof of cause.
gap:
  metric: auto                 # auto (quota_attainment where quotas exist, else revenue), revenue, quota_attainment
  group_fraction: 0.25         # share of people in the top group and in the bottom group (at most 0.5)
  min_group_size: 3            # below this many people per group the gap is not computed

# Any figure about a group shown to someone outside it covers at least this
# many people, or is withheld.
privacy:
  min_group_size: 5

# The DuckDB file that holds imported data, relative to this file's folder.
# database: uptake.duckdb
`;
