// The document shell. The Content-Security-Policy forbids every request and
// every script: the file is self-contained by rule, and even a value that
// slipped through escaping could not run.

import { type Html, html, raw } from "./html.js";
import { STYLES } from "./styles.js";

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function page(title: string, body: Html): string {
  return `<!doctype html>\n${
    html`<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="uptake">
<title>${title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<main class="sheet">
${body}
</main>
</body>
</html>
`.value
  }`;
}
