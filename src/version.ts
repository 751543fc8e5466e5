import { readFileSync } from "node:fs";

// Read from package.json so a release needs one edit; dist/ and src/ sit at the same depth.
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export const VERSION: string = pkg.version;
