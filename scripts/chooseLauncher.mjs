// Whether `npm start` can run the Electron app here, or must start the browser mode instead (and why).

/**
 * Decides how `npm start` runs Casewright from what it found on this machine: Electron when its binary is
 * installed, there is a display and Chromium's sandbox can run; otherwise the browser mode, with the reasons.
 * @param {import('./chooseLauncher.d.mts').LaunchFacts} facts
 * @returns {import('./chooseLauncher.d.mts').Launcher}
 */
export function chooseLauncher({ platform, environment, isRoot, electron }) {
  const reasons = [];
  if (platform === 'linux' && !environment.DISPLAY && !environment.WAYLAND_DISPLAY) {
    reasons.push('there is no display (DISPLAY and WAYLAND_DISPLAY are unset)');
  }
  if (platform === 'linux' && isRoot) {
    reasons.push("Chromium's sandbox does not run as root");
  }
  if (electron.error !== undefined) {
    reasons.push(`the Electron binary could not be installed (${firstLine(electron.error)})`);
  } else if (electron.path === undefined || !electron.exists) {
    reasons.push(
      electron.path === undefined
        ? 'the Electron binary is not installed'
        : `the Electron binary is missing (${electron.path})`,
    );
  }
  if (reasons.length === 0 && electron.path !== undefined) return { mode: 'electron', binary: electron.path };
  return {
    mode: 'browser',
    reason: `Electron cannot start here: ${reasons.join('; ')}. Starting the browser mode instead.`,
  };
}

function firstLine(text) {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? text;
  return line.trim().slice(0, 200);
}
