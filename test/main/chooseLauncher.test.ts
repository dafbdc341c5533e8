import { describe, expect, test } from 'vitest';
import { chooseLauncher } from '../../scripts/chooseLauncher.mjs';

const installed = { path: '/repo/node_modules/electron/dist/electron', exists: true };

describe('how npm start runs Casewright', () => {
  test.each([
    ['Linux with X11', 'linux', { DISPLAY: ':0' }, false, installed],
    ['Linux with Wayland', 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, false, installed],
    ['macOS (no DISPLAY needed)', 'darwin', {}, false, installed],
    ['Windows, even as an administrator', 'win32', {}, true, installed],
  ] as const)('%s: Electron', (_name, platform, environment, isRoot, electron) => {
    expect(chooseLauncher({ platform, environment, isRoot, electron })).toEqual({
      mode: 'electron',
      binary: installed.path,
    });
  });

  test.each([
    ['no display', 'linux', {}, false, installed, 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)'],
    ['root on Linux', 'linux', { DISPLAY: ':0' }, true, installed, "Chromium's sandbox does not run as root"],
    ['no binary', 'darwin', {}, false, { exists: false }, 'the Electron binary is not installed'],
    [
      'a binary path that does not exist',
      'win32',
      {},
      false,
      { path: 'C:\\repo\\node_modules\\electron\\dist\\electron.exe', exists: false },
      'the Electron binary is missing (C:\\repo\\node_modules\\electron\\dist\\electron.exe)',
    ],
    [
      'a failed download',
      'linux',
      { DISPLAY: ':0' },
      false,
      { exists: false, error: '\nRequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest' },
      'the Electron binary could not be installed (RequestError: getaddrinfo ENOTFOUND github.com)',
    ],
  ] as const)(
    '%s: the browser mode, saying why in one line',
    (_name, platform, environment, isRoot, electron, reason) => {
      const launcher = chooseLauncher({ platform, environment, isRoot, electron });
      expect(launcher.mode).toBe('browser');
      const line = launcher.mode === 'browser' ? launcher.reason : '';
      expect(line).toContain(reason);
      expect(line).toMatch(/^Electron cannot start here: .*\. Starting the browser mode instead\.$/);
      expect(line).not.toContain('\n');
    },
  );

  test('every reason at once still makes one line', () => {
    const launcher = chooseLauncher({ platform: 'linux', environment: {}, isRoot: true, electron: { exists: false } });
    expect(launcher).toEqual({
      mode: 'browser',
      reason:
        "Electron cannot start here: there is no display (DISPLAY and WAYLAND_DISPLAY are unset); Chromium's sandbox does not run as root; the Electron binary is not installed. Starting the browser mode instead.",
    });
  });
});
