// A problem found in uptake.yml, before it is located in the file: its path
// and a message that says what was expected and what came instead.

export type PathKey = string | number;

export interface SpecProblem {
  path: PathKey[];
  /** "expected a number > 0, got \"twenty\"" */
  message: string;
  /** The problem is the key itself (unknown key, bad persona id), not its value. */
  atKey?: boolean;
}

/** personas.sdr.targets[0].per_day */
export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path` inside parsed YAML, and whether the path exists at all. */
export function valueAt(
  root: unknown,
  path: readonly PathKey[],
): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === "number" && key < value.length) value = value[key];
    else if (isPlainObject(value) && Object.hasOwn(value, String(key))) value = value[String(key)];
    else return { found: false, value: undefined };
  }
  return { found: true, value };
}

/** A received value shown JSON-style: strings quoted, long values shortened. */
export function showValue(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** "expected X, got Y; did you mean Z?" for the value at `path` in `root`. */
export function expectedGot(
  expected: string,
  root: unknown,
  path: readonly PathKey[],
  suggestion?: string,
): string {
  const { found, value } = valueAt(root, path);
  const got = found ? `, got ${showValue(value)}` : ", but it is missing";
  return `${expected}${got}${didYouMean(suggestion)}`;
}

export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
}
