/** Runs the CLI on the process's arguments, writing to its standard output and error; sets the exit code. */
export async function start(templatesFolder: string): Promise<void> {
  const { runCli } = await import('./main');
  process.exitCode = await runCli(process.argv.slice(2), templatesFolder, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
