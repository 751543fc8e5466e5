// Words shared by every face (terminal, report, scorecards): how activities read in a sentence.

// "24.1 emails a day".

const NOUNS: Record<string, [singular: string, plural: string]> = {
  email_sent: ["email", "emails"],
  call_logged: ["call", "calls"],
  lead_contacted: ["lead contacted", "leads contacted"],
  forecast_updated: ["forecast update", "forecast updates"],
  recording_viewed: ["recording viewed", "recordings viewed"],
  account_touched: ["account touched", "accounts touched"],
  meeting_held: ["meeting", "meetings"],
};

export function activityNoun(activity: string, plural = true): string {
  const nouns = NOUNS[activity];
  if (nouns) return plural ? nouns[1] : nouns[0];
  return activity.replaceAll("_", " ");
}

export function measureWords(activity: string, measure: "count" | "distinct_subjects"): string {
  const noun = activityNoun(activity);
  return measure === "distinct_subjects" ? `distinct ${noun}` : noun;
}

/** Said wherever the Adoption Gap is shown (DESIGN.md: an association, not proof of cause). */
export const ASSOCIATION_NOTE =
  "This is an association, not proof of cause: people who use the tools more may differ in other ways too. It shows what is possible, not what is guaranteed.";
