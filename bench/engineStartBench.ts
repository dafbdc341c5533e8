import { EngineClient } from '../app/engine/engineClient';
import { medianValue } from './measure';

/** From starting an engine entry as a child process to its first reply (`templates-list`), in milliseconds. */
async function startToFirstReply(entry: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const engine = EngineClient.start(entry, env);
  try {
    await engine.call('templates-list', {});
    return performance.now() - started;
  } finally {
    await engine.close();
  }
}

/**
 * The desktop app's engine (its utility process's entry) and the browser mode's, each started `runs` times in turn
 * after one start of each unmeasured: their medians from start to first reply.
 */
export async function measureEngineStart(
  entries: { desktop: string; web: string },
  env: NodeJS.ProcessEnv,
  runs = 15,
): Promise<{ desktopMs: number; webMs: number }> {
  const desktop: number[] = [];
  const web: number[] = [];
  for (let run = -1; run < runs; run++) {
    const desktopMs = await startToFirstReply(entries.desktop, env);
    const webMs = await startToFirstReply(entries.web, env);
    if (run < 0) continue;
    desktop.push(desktopMs);
    web.push(webMs);
  }
  return { desktopMs: medianValue(desktop), webMs: medianValue(web) };
}
