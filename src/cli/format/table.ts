// A fixed-width text table. `align` has one letter per column: "l" for text, "r" for numbers.

// Names come from data: a control character must not steer the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function table(
  header: string[],
  rows: string[][],
  align = `l${"r".repeat(header.length - 1)}`,
): string {
  rows = rows.map((r) => r.map((c) => c.replace(CONTROL, "?")));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (align[i] === "r" ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
