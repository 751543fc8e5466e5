import { STANDARD_ACTIVITY_TYPES } from "../core/types.js";
import { importFiles } from "../importers/import-files.js";
import type { ImportKind } from "../importers/kinds.js";
import type { ImportOptions, ImportResult } from "../importers/result.js";
import type { WorkspaceOptions } from "./options.js";
import { openWorkspace, type Workspace } from "./workspace.js";

export interface ImportFileOptions {
  kind: ImportKind;
  files: string[];
  inputTimezone?: string;
  skipInvalid?: boolean;
  rejectsPath?: string;
  onProgress?: ImportOptions["onProgress"];
}

export interface ImportDataOptions extends WorkspaceOptions, ImportFileOptions {}

/** The config decides the rollups' time zone and which custom activity types exist. */
export function importIntoWorkspace(
  workspace: Workspace,
  options: ImportFileOptions,
): Promise<ImportResult> {
  const { config, engine } = workspace;
  return importFiles(engine, {
    ...options,
    timezone: config.timezone,
    knownActivityTypes: [...STANDARD_ACTIVITY_TYPES, ...config.activity_types],
  });
}

/** Imports files into the configured workspace: all of it, or (by default) none. */
export async function importData(options: ImportDataOptions): Promise<ImportResult> {
  const workspace = await openWorkspace(options);
  try {
    return await importIntoWorkspace(workspace, options);
  } finally {
    await workspace.close();
  }
}
