import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createLog, installCrashHandlers } from '../../main/logging';

describe('the log and the crash handlers', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'casewright-log-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('writes timestamped lines and rotates at the size limit', () => {
    const log = createLog(join(folder, 'logs', 'main.log'), 2_000);
    for (let index = 0; index < 100; index += 1) log.info(`entry ${index} ${'x'.repeat(40)}`);
    log.error('export failed', new Error('disk full'));
    const current = readFileSync(log.file, 'utf8');
    expect(current).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z (INFO|ERROR) /m);
    expect(current).toContain('ERROR export failed: Error: disk full');
    expect(statSync(log.file).size).toBeLessThan(4_000);
    expect(readFileSync(`${log.file}.1`, 'utf8')).toContain('INFO entry');
  });

  test('a log that cannot be written never throws', () => {
    const blocker = join(folder, 'a-file');
    createLog(blocker).info('a file where the log folder should be');
    const log = createLog(join(blocker, 'logs', 'main.log'));
    expect(() => log.error('still running')).not.toThrow();
  });

  test('an uncaught error is logged and shown with the log’s place, at most once a minute; the app runs on', () => {
    const listeners = new Map<string, (error: unknown) => void>();
    const process = {
      on: vi.fn((event: string, listener: (error: unknown) => void) => listeners.set(event, listener)),
    };
    const log = createLog(join(folder, 'main.log'));
    const showError = vi.fn();
    let now = 0;
    installCrashHandlers({ process: process as never, log, showError, now: () => now });
    listeners.get('uncaughtException')!(new Error('printToPDF failed'));
    listeners.get('unhandledRejection')!('a rejected promise');
    now = 61_000;
    listeners.get('unhandledRejection')!(new TypeError('later'));
    expect(showError).toHaveBeenCalledTimes(2);
    const [title, detail] = showError.mock.calls[0]!;
    expect(title).toBe('Casewright hit an unexpected error');
    expect(detail).toContain('printToPDF failed');
    expect(detail).toContain(log.file);
    expect(detail).toContain('Your case is safe');
    const written = readFileSync(log.file, 'utf8');
    expect(written).toContain('Uncaught exception: Error: printToPDF failed');
    expect(written).toContain('Unhandled rejection: a rejected promise');
  });
});
