import type { ImportResult } from "../../importers/result.js";

/** As many problems as a person reads; the rejects file has them all. */
const SHOWN = 20;

export function formatImportResult(r: ImportResult): string {
  const lines = [
    `${r.kind}: read ${r.rowsRead} rows from ${r.files.join(", ")}; imported ${r.rowsImported} (${r.rowsNew} new, ${r.rowsReplaced} replaced), ${r.rowsUnchanged} unchanged${r.rowsSuperseded ? `, ${r.rowsSuperseded} superseded by a later row` : ""}.`,
  ];
  if (r.rejected.rows > 0) {
    lines.push(
      `${r.rejected.rows} rows rejected (${r.rejected.problems} problems)${r.rejectsPath ? `, written with their reasons to ${r.rejectsPath}` : ""}:`,
    );
    const shown = r.rejected.first.slice(0, SHOWN);
    for (const p of shown) {
      lines.push(`  ${p.location}${p.column ? ` ${p.column}` : ""}: ${p.reason}`);
    }
    const more = r.rejected.problems - shown.length;
    if (more > 0) lines.push(`  ... and ${more} more`);
  }
  if (r.unknownPeople.rows > 0) {
    lines.push(
      `${r.unknownPeople.rows} rows name ${r.unknownPeople.people} people not imported yet: kept, and counted once they are (uptake import people ...).`,
    );
  }
  return `${lines.join("\n")}\n`;
}
