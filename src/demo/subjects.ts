// Who or what an activity is about. Each SDR works their own lead list, each AE
// their own contacts, each CSM their own book of accounts; the ids are stable
// per person so that a lead gets several touches over a sequence.

import type { SubjectKind } from "./activity-mix.js";
import type { Member } from "./member.js";
import type { Rng } from "./rng.js";

const LEADS_PER_PERSON = 5000;
const CONTACTS_PER_PERSON = 800;
/** Accounts per person slot: room for the largest CS book. */
export const ACCOUNTS_PER_PERSON = 60;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function accountId(n: number): string {
  return `acct-${pad(n, 6)}`;
}

export function subjectId(rng: Rng, kind: SubjectKind, member: Member, people: number): string {
  switch (kind) {
    case "lead":
      return `lead-${pad(member.index * LEADS_PER_PERSON + rng.int(0, LEADS_PER_PERSON - 1), 8)}`;
    case "contact":
      return `ct-${pad(member.index * CONTACTS_PER_PERSON + rng.int(0, CONTACTS_PER_PERSON - 1), 7)}`;
    case "recording":
      return `rec-${pad(rng.int(0, 9_999_999), 7)}`;
    case "account":
      return accountId(rng.int(0, people * ACCOUNTS_PER_PERSON - 1));
  }
}

/** A CS manager's book: 30 to 50 accounts of their own. */
export function accountBook(rng: Rng, member: Member): string[] {
  const size = rng.int(30, 50);
  return Array.from({ length: size }, (_, k) => accountId(member.index * ACCOUNTS_PER_PERSON + k));
}
