// A figure is a number shown on the page together with where it comes from:
// a path into the Assessment (the object `assess --json` prints) and the raw
// value. The page carries both as data attributes, so a test can check every
// figure against `assess --json` without knowing the layout.
//
// Path syntax: keys joined by "."; an array element is picked by field values,
// `personas[persona=sdr]`, or by index, `ci95[0]`. Selector values are
// URI-encoded, so an id may hold any character.

export interface Figure {
  path: string;
  value: number | null;
  text: string;
}

export function figure(path: string, value: number | null, text: string): Figure {
  return { path, value, text };
}

/** `name[k=v,...]` with the values encoded. */
export function select(name: string, fields: Record<string, string>): string {
  const keys = Object.entries(fields).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `${name}[${keys.join(",")}]`;
}

export const paths = {
  overall: (field: string) => `overall.${field}`,
  persona: (persona: string, field: string) => `${select("personas", { persona })}.${field}`,
  gap: (persona: string, field: string) => `${select("gap", { persona })}.${field}`,
  person: (personId: string, persona: string, field: string) =>
    `${select("people", { person_id: personId, persona })}.${field}`,
  flag: (personId: string, persona: string, field: string) =>
    `${select("flags", { person_id: personId, persona })}.${field}`,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Resolves a figure path in an assessment as parsed from JSON; undefined when absent. */
export function resolvePath(root: unknown, path: string): unknown {
  let node = root as Json | undefined;
  for (const segment of path.split(".")) {
    const m = /^([^[\]]+)(?:\[([^\]]*)\])?$/.exec(segment);
    if (!m || node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[m[1] as string];
    if (m[2] === undefined) continue;
    if (!Array.isArray(node)) return undefined;
    if (/^\d+$/.test(m[2])) {
      node = node[Number(m[2])];
      continue;
    }
    const fields = m[2].split(",").map((kv) => {
      const [k, v = ""] = kv.split("=");
      return [k as string, decodeURIComponent(v)] as const;
    });
    node = node.find(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        !Array.isArray(item) &&
        fields.every(([k, v]) => String((item as Record<string, Json>)[k]) === v),
    );
  }
  return node;
}

/**
 * A count of person results shown on the page (adoption by team): the filter
 * travels with it, so a test can count the same people in `assess --json`.
 * A field with a list matches any of its values.
 */
export type PeopleFilter = Record<string, string | null | readonly (string | null)[]>;

export function matchesFilter(item: Record<string, unknown>, filter: PeopleFilter): boolean {
  return Object.entries(filter).every(([k, v]) =>
    Array.isArray(v) ? v.includes(item[k] as string | null) : item[k] === v,
  );
}
