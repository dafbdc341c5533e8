import { writeSync } from 'node:fs';

/** Runs the CLI on the process's arguments, writing to its standard output and error; sets the exit code. */
export async function start(templatesFolder: string): Promise<void> {
  const { runCli } = await import('./main');
  process.exitCode = await runCli(process.argv.slice(2), templatesFolder, {
    out: (text) => writeOut(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}

let throughStream = false;

/**
 * Writes to standard output directly: `process.stdout` first loads Node's stream modules, 4 ms of a command that
 * takes 60. What cannot be written so (a full non-blocking pipe, a closed one) goes through `process.stdout`, as does
 * everything after it, so the order holds and errors are those of the stream.
 */
function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  if (!throughStream) {
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return;
    } catch {
      throughStream = true;
    }
  }
  process.stdout.write(bytes.subarray(written));
}
