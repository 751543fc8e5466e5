import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { assessOptions, type CommonFlags, toAssessOptions } from "../options.js";

interface ReportFlags extends CommonFlags {
  out: string;
  pdf?: boolean;
  chromium?: string;
  paper: string;
}

/** "adoption-gap.html" -> "adoption-gap.pdf". */
export function pdfPathFor(out: string): string {
  return /\.html?$/i.test(out) ? out.replace(/\.html?$/i, ".pdf") : `${out}.pdf`;
}

function paper(raw: string): "A4" | "Letter" {
  const p = raw.toLowerCase();
  if (p === "a4") return "A4";
  if (p === "letter") return "Letter";
  throw new UsageError(`--paper: expected A4 or Letter, got "${raw}"`);
}

export function registerReport(program: Command): void {
  assessOptions(program.command("report"))
    .description("write the adoption report: one self-contained HTML file, optionally a PDF")
    .option("-o, --out <file>", "the HTML file to write", "adoption-gap.html")
    .option("--pdf", "also print the page to PDF (beside the HTML) with headless Chromium")
    .option("--chromium <path>", "the Chromium to print with (default: /usr/bin/chromium)")
    .option("--paper <size>", "PDF paper size: A4 or Letter", "A4")
    .action(async (flags: ReportFlags) => {
      const size = paper(flags.paper);
      // Loaded here, not at start-up: ECharts and Playwright are heavy and only this command needs them.
      const { buildReport } = await import("../../report/build-report.js");
      const pdf = flags.pdf ? await import("../../report/pdf.js") : null;
      // Before the assessment, so a missing browser fails fast.
      const executablePath = pdf?.findChromium(flags.chromium);
      const html = await buildReport(toAssessOptions(flags));
      const out = resolve(flags.out);
      await writeFile(out, html);
      process.stdout.write(`wrote ${out}\n`);
      if (pdf && executablePath) {
        const file = pdfPathFor(out);
        await writeFile(file, await pdf.printPdf(html, { executablePath, paper: size }));
        process.stdout.write(`wrote ${file}\n`);
      }
    });
}
