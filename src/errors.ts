// The few typed errors that reach the edges. Faces map them to exit codes or
// HTTP statuses; anything else is a bug and may show a stack trace.

/** The command line or the configuration is wrong: exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly exitCode = 2;
}

export interface InputProblem {
  /** "file.csv:12" or a config path such as "personas.sdr.targets[0].per_day". */
  location: string;
  field?: string;
  message: string;
}

/** Input data or configuration with located problems: exit 2. */
export class InputError extends Error {
  override name = "InputError";
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly problems: InputProblem[] = [],
    /** Total problems when `problems` holds only the first few. */
    readonly total: number = problems.length,
  ) {
    super(message);
  }
}

/** The machine, not the user, stands in the way (a database locked by another process): exit 1, no stack. */
export class EnvironmentError extends Error {
  override name = "EnvironmentError";
  readonly exitCode = 1;
}

/** For the HTTP face (roadmap): an error with its status. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
