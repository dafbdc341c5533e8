import { chromium } from 'playwright-core';
import type { OutlineRow } from '../app/api/views';
import { EngineClient } from '../app/engine/engineClient';
import { startWebServer } from '../app/server/httpServer';
import { medianValue } from './measure';

/** What the change stream and the engine process measure. */
export interface StreamFigures {
  /** One node edited on the 100,000-node case through the engine process, until its event and reply are back. */
  reevaluate100kMs: number;
  /** A call that does nothing (`history-state`) through the engine process: the transport's own cost. */
  engineRoundTripMs: number;
  /** The longest the host process (which holds the window) went without answering while the engine opened 100k nodes. */
  openStallMs: number;
  /** The same open in the host process itself: how long it would block. */
  openInProcessMs: number;
  /**
   * One character typed into a title (and saved) on a 10,000-node case until the row and the gap report hold it and
   * the page's style and layout are done: ready to be drawn.
   */
  editToPaintMs: number;
  /** The same edit until the first animation frame that shows it: the above plus the wait for the display's refresh. */
  editToFrameMs: number;
  /** Calls the page makes for one title edit (over HTTP or its WebSocket to the engine). */
  roundTripsPerEdit: number;
}

/** The longest gap between ticks of a 2 ms timer while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  await work();
  clearInterval(timer);
  return longest;
}

/** The engine rows: re-evaluation after an edit of the 100k case, and whether opening it stalls the host. */
export async function measureEngine(
  case100k: string,
  engineEntry: string,
  home: string,
): Promise<Pick<StreamFigures, 'reevaluate100kMs' | 'engineRoundTripMs' | 'openStallMs'>> {
  const engine = EngineClient.start(engineEntry, { CASEWRIGHT_HOME: home });
  try {
    const openStallMs = await longestStall(() => engine.call('case-open', { path: case100k }));
    const rows = (await engine.call('outline-get', {})) as OutlineRow[];
    const evidence = rows.find((row) => row.kind === 'evidence')!;
    let events = 0;
    engine.subscribe((message) => {
      if (message.type === 'change') events++;
    });
    const times: number[] = [];
    for (let round = 0; round < 41; round++) {
      const before = events;
      const start = performance.now();
      await engine.call('nodes-update', { id: evidence.id, assessment: round % 2 === 0 ? 'contested' : 'accepted' });
      if (events !== before + 1) throw new Error('An edit sent no change event.');
      if (round > 0) times.push(performance.now() - start);
    }
    const pings: number[] = [];
    for (let round = 0; round < 41; round++) {
      const start = performance.now();
      await engine.call('history-state', {});
      if (round > 0) pings.push(performance.now() - start);
    }
    return { reevaluate100kMs: medianValue(times), engineRoundTripMs: medianValue(pings), openStallMs };
  } finally {
    await engine.close();
  }
}

/**
 * The renderer in Chromium through the browser mode's channel: a character typed into an untitled node's title and
 * saved (Enter), until the outline row shows it and its "has no title" finding has left the gap report; and the calls
 * the page made for it.
 */
export async function measureEditToPaint(
  case10k: string,
  engineEntry: string,
  home: string,
  rendererFolder: string,
  chromiumPath: string,
  chromiumArgs: string[],
): Promise<Pick<StreamFigures, 'editToPaintMs' | 'editToFrameMs' | 'roundTripsPerEdit'>> {
  const engine = EngineClient.start(engineEntry, { CASEWRIGHT_HOME: home });
  await engine.call('case-open', { path: case10k });
  const untitled = (await engine.call('nodes-add', { parentId: null, index: 0, kind: 'issue', title: '' })) as {
    id: number;
  };
  const server = await startWebServer(engine, rendererFolder);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const calls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/') && path !== '/api/stream') calls.push(path);
    });
    page.on('websocket', (socket) => socket.on('framesent', (frame) => calls.push(String(frame.payload))));
    await page.goto(server.url);
    const row = page.getByRole('treeitem').first();
    await row.waitFor();
    const shown: number[] = [];
    const framed: number[] = [];
    const callCounts: number[] = [];
    for (let round = 0; round < 12; round++) {
      await row.click();
      const title = page.getByRole('textbox', { name: 'Title' });
      await title.waitFor();
      await page.waitForTimeout(300);
      calls.length = 0;
      const times = (await page.evaluate(`(${TYPE_CHAR})(${untitled.id})`)) as { shown: number; framed: number };
      await page.waitForTimeout(300);
      callCounts.push(calls.length);
      if (round > 1) {
        shown.push(times.shown);
        framed.push(times.framed);
      }
      await engine.call('nodes-update', { id: untitled.id, title: '' });
      await page.getByText(`Untitled issue #${untitled.id} at the top level has no title.`).waitFor();
    }
    return {
      editToPaintMs: medianValue(shown),
      editToFrameMs: medianValue(framed),
      roundTripsPerEdit: Math.max(...callCounts),
    };
  } finally {
    await browser.close();
    await server.close();
    await engine.close();
  }
}

/**
 * Runs in the page: types "x" into the title and presses Enter; resolves with the time until the row and the gap
 * report hold it, with the style and layout of that state done (read in a mutation observer, which runs right after
 * the DOM changed), and the time until the first animation frame that shows it.
 */
const TYPE_CHAR = `(id) => {
  const field = document.querySelector('textarea[aria-label="Title"]');
  const finding = 'Untitled issue #' + id + ' at the top level has no title.';
  const gaps = document.querySelector('section[aria-label="Gaps"]');
  const done = () => {
    const row = document.querySelector('[role="treeitem"]');
    return Boolean(row && row.textContent.includes('x')) && !gaps.textContent.includes(finding);
  };
  let shown;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (shown !== undefined || !done()) return;
      document.body.getBoundingClientRect();
      shown = performance.now() - start;
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const check = () => {
      if (shown !== undefined && done()) resolve({ shown, framed: performance.now() - start });
      else requestAnimationFrame(check);
    };
    const start = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(field, 'x');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    requestAnimationFrame(check);
  });
}`;

/** Where the stream rows go: the table's `row` and the counts. */
export interface StreamSink {
  row: (name: string, medianMs: number, targetMs: number | null, reference: number | null, note: string) => void;
  count: (name: string, count: number, target: number) => void;
  log: (text: string) => void;
}

/** The cases and tools the stream rows run on (the 10k and 100k cases, or smaller ones for a quick check). */
export interface StreamSetup {
  caseMedium: string;
  caseLarge: string;
  mediumLabel: string;
  largeLabel: string;
  engineEntry: string;
  home: string;
  /** The in-process open of the large case, to which the host's longest stall is compared (null: not measured). */
  openInProcessMs: number | null;
  renderer?: { folder: string; chromium: string; args: string[] };
}

/** The rows of issue 14, measured through the real transports: the engine process and the browser mode's channel. */
export async function measureStreamRows(setup: StreamSetup, sink: StreamSink): Promise<void> {
  sink.log(`Editing the ${setup.largeLabel} case through the engine process…`);
  const engine = await measureEngine(setup.caseLarge, setup.engineEntry, setup.home);
  sink.row(
    `reevaluate-${setup.largeLabel}`,
    engine.reevaluate100kMs,
    5,
    null,
    `one node edited on the ${setup.largeLabel}-node case through the engine process, until its change event (with the re-evaluation) and reply are back`,
  );
  sink.row(
    'engine-roundtrip',
    engine.engineRoundTripMs,
    null,
    null,
    'reference: a call that changes nothing (history-state) to the engine process and back',
  );
  sink.row(
    `open-${setup.largeLabel}-stall`,
    engine.openStallMs,
    50,
    setup.openInProcessMs,
    `the longest the window's process went unanswered while the engine opened the ${setup.largeLabel}-node case; ratio to opening it in that process`,
  );
  if (!setup.renderer) {
    sink.log('Chromium was not found: edit-to-paint and roundtrips-per-edit are left out.');
    return;
  }
  const { folder, chromium, args } = setup.renderer;
  const paint = await measureEditToPaint(setup.caseMedium, setup.engineEntry, setup.home, folder, chromium, args);
  sink.row(
    `edit-to-paint-${setup.mediumLabel}`,
    paint.editToPaintMs,
    16,
    null,
    `one character typed into a title on a ${setup.mediumLabel}-node case until the row and the gap report hold it, laid out and ready to draw (browser mode, Chromium)`,
  );
  sink.row(
    `edit-to-frame-${setup.mediumLabel}`,
    paint.editToFrameMs,
    null,
    null,
    'reference: the same edit until the first animation frame that shows it (the above plus the wait for the display to refresh, up to 16.7 ms at 60 Hz)',
  );
  sink.count('roundtrips-per-edit', paint.roundTripsPerEdit, 1);
  sink.log(`roundtrips-per-edit: ${paint.roundTripsPerEdit}`);
}
