import type { InputError } from "../../errors.js";

/** One line per problem, located, then how many more were left out. */
export function formatInputError(error: InputError): string {
  const lines = [`uptake: ${error.message}`];
  for (const p of error.problems) {
    lines.push(`  ${p.location}${p.field ? ` ${p.field}` : ""}: ${p.message}`);
  }
  const more = error.total - error.problems.length;
  if (more > 0) lines.push(`  ... and ${more} more`);
  return lines.join("\n");
}
