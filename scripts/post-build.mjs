// tsc does not set the executable bit; npm links the bin, but a direct run needs it.
import { chmodSync } from "node:fs";

chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
