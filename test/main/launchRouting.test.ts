import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';
import { caseFilesIn, routeLaunches } from '../../main/launchRouting';

const fakeApp = (locked = true) =>
  Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => locked) }) as unknown as Parameters<
    typeof routeLaunches
  >[0] &
    EventEmitter;

describe('single instance and launch routing', () => {
  test('picks the case files out of a command line, resolved against its working directory', () => {
    expect(
      caseFilesIn(
        [
          '/opt/Casewright/casewright',
          '--no-sandbox',
          '--enable-features=X',
          'cases/Pact.CASEWRIGHT',
          '/abs/npt.casewright',
          'notes.txt',
          '.',
        ],
        '/home/counsel',
      ),
    ).toEqual(['/home/counsel/cases/Pact.CASEWRIGHT', '/abs/npt.casewright']);
  });

  test('a second launch with a case file hands it to the running app', () => {
    const app = fakeApp();
    const openFiles = vi.fn();
    const focus = vi.fn();
    expect(routeLaunches(app, openFiles, focus)).toBeDefined();
    app.emit('second-instance', {}, ['/usr/bin/casewright', 'memorial.casewright'], '/home/counsel/moot');
    expect(openFiles).toHaveBeenCalledWith(['/home/counsel/moot/memorial.casewright']);
    expect(focus).not.toHaveBeenCalled();
  });

  test('a second launch without a file just focuses a window', () => {
    const app = fakeApp();
    const openFiles = vi.fn();
    const focus = vi.fn();
    routeLaunches(app, openFiles, focus);
    app.emit('second-instance', {}, ['/usr/bin/casewright', '--some-flag'], '/');
    expect(openFiles).not.toHaveBeenCalled();
    expect(focus).toHaveBeenCalled();
  });

  test('macOS open-file events before ready are kept for the start; later ones open at once', () => {
    const app = fakeApp();
    const openFiles = vi.fn();
    const routing = routeLaunches(app, openFiles, vi.fn())!;
    const early = { preventDefault: vi.fn() };
    app.emit('open-file', early, '/Users/counsel/pact.casewright');
    expect(early.preventDefault).toHaveBeenCalled();
    expect(openFiles).not.toHaveBeenCalled();
    expect(routing.startingFiles(['/Applications/Casewright.app/Contents/MacOS/Casewright'], '/')).toEqual([
      '/Users/counsel/pact.casewright',
    ]);
    app.emit('open-file', { preventDefault: vi.fn() }, '/Users/counsel/npt.casewright');
    expect(openFiles).toHaveBeenCalledWith(['/Users/counsel/npt.casewright']);
  });

  test('when another instance holds the lock, this one is told to quit', () => {
    const app = fakeApp(false);
    expect(routeLaunches(app, vi.fn(), vi.fn())).toBeUndefined();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
