// YAML text -> validated spec. Every problem is collected before anything is
// thrown, so one run shows all that is wrong with the file, each with its
// path, what was expected, what came, and the line where it is.

import type { InputProblem } from "../errors.js";
import { InputError } from "../errors.js";
import { crossChecks } from "./checks.js";
import { DEFAULT_CONFIG_FILE } from "./defaults.js";
import { issueProblems } from "./issues.js";
import { formatPath, type SpecProblem } from "./problem.js";
import { type Spec, specSchema } from "./schema.js";
import { readYaml } from "./yaml-source.js";

/** The problems of a parsed YAML value (null means an empty file), or the spec. */
export function checkSpec(value: unknown): { spec: Spec | null; problems: SpecProblem[] } {
  const root = value ?? {};
  const parsed = specSchema.safeParse(root);
  const problems = [
    ...(parsed.success ? [] : issueProblems(parsed.error.issues, root)),
    ...crossChecks(root),
  ];
  return { spec: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

/**
 * Parses and validates uptake.yml text. Throws InputError listing every
 * problem: `location` is the path (personas.sdr.targets[0].per_day) and
 * `message` says what was expected and what came, with the line.
 */
export function validateSpec(text: string, file: string = DEFAULT_CONFIG_FILE): Spec {
  const source = readYaml(text, file);
  const { spec, problems } = checkSpec(source.value);
  if (spec) return spec;

  const located = problems.map((problem, order) => {
    const line = source.lineOf(problem.path, problem.atKey);
    const location = problem.path.length === 0 ? file : formatPath(problem.path);
    const message = line === undefined ? problem.message : `${problem.message} (line ${line})`;
    return { problem: { location, message } satisfies InputProblem, line: line ?? 0, order };
  });
  located.sort((a, b) => a.line - b.line || a.order - b.order);
  const n = located.length;
  throw new InputError(
    `${file} has ${n} problem${n === 1 ? "" : "s"}`,
    located.map((l) => l.problem),
  );
}

/** "location: message" lines, for printing an InputError's problems. */
export function formatProblems(problems: readonly InputProblem[]): string {
  return problems.map((p) => `${p.location}: ${p.message}`).join("\n");
}
