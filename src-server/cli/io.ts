/**
 * What a command reads from and writes to the process, passed in so a test runs the command in
 * its own process (`runAdmin(argv, io)`) and the bin file stays a thin wrapper.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
}

/** The real process's streams, environment and clock: what the bin files pass. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    now: () => new Date(),
  };
}
