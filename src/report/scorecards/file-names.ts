// File names from person and manager ids. An id comes from imported data, so it
// may hold "../", slashes, NULs or differ from another id only by case: only
// [a-z0-9_-] survive, and any id that needed changing gets a short hash of the
// original so that two ids never share a file (nor escape the folder).

import { createHash } from "node:crypto";

const SAFE = /^[a-z0-9_-]{1,80}$/;

export function safeFileStem(id: string): string {
  if (SAFE.test(id)) return id;
  const readable = id
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const hash = createHash("sha256").update(id, "utf8").digest("hex").slice(0, 10);
  return readable === "" ? hash : `${readable}-${hash}`;
}

/** Where each page lives, relative to the output folder. */
export const paths = {
  index: "index.html",
  person: (personId: string): string => `people/${safeFileStem(personId)}.html`,
  manager: (managerId: string | null): string =>
    `managers/${managerId === null ? "no-manager" : `m-${safeFileStem(managerId)}`}.html`,
};
