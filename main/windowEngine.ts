import type { MessagePortMain } from 'electron';
import type { ProgressEvent } from '../app/api/changeEvent';
import { EngineConnection } from '../app/engine/engineConnection';
import { type EngineProcess, mainPort } from './engineProcess';

/** What a window's engine tells the window around it. */
export interface WindowEngineEvents {
  /** The export progress the engine pushed. */
  onProgress: (progress: ProgressEvent) => void;
  /** The case file shown changed (opened, saved under another name). */
  onPath: (path: string | undefined) => void;
  /** The engine stopped unexpectedly and was started again with the case reopened: hand `port` to the page. */
  onRestarted: (port: MessagePortMain, exitCode: number) => void;
  /** The engine stopped and could not be started again. */
  onLost: (exitCode: number, reason: string) => void;
}

/** What a call that was running when the engine stopped fails with. */
export const ENGINE_STOPPED =
  'The Casewright engine stopped while doing this; it has been restarted and the case reopened. Every change made before is in the case file. Try again.';

/** How many restarts in a row (without a call answered in between) before the window gives up. */
const MAX_RESTARTS = 3;

/**
 * The engine of one case window: main's own connection to it (for the file commands, the title, the taskbar
 * progress) and the channels handed to the window. When the engine crashes it is started again, the case
 * reopened from its file (every change is written when it is made, so nothing is lost) and the page given a new
 * channel.
 */
export class WindowEngine {
  private process!: EngineProcess;
  private connection!: EngineConnection;
  private shownPath: string | undefined;
  private closing = false;
  private restarts = 0;

  /** Whom the engine tells of progress, a new path, a restart; the window sets it once it is shown. */
  events: WindowEngineEvents = {
    onProgress: () => undefined,
    onPath: () => undefined,
    onRestarted: () => undefined,
    onLost: () => undefined,
  };

  constructor(private readonly start: () => EngineProcess) {
    this.launch();
  }

  /** The case file the engine has open. */
  path(): string | undefined {
    return this.shownPath;
  }

  /** Calls a method of the service API in the engine. */
  async call(name: string, input: unknown): Promise<unknown> {
    const result = await this.connection.call(name, input);
    this.restarts = 0;
    return result;
  }

  /** A new channel to the engine, for the window's page. */
  openPort(): MessagePortMain {
    return this.process.openPort();
  }

  /** Stops the engine, which closes the case; resolves when its process has ended. */
  close(): Promise<void> {
    this.closing = true;
    this.connection.fail('The case window is closed.');
    const ended = new Promise<void>((done) => this.process.onExit(() => done()));
    this.process.kill();
    return ended;
  }

  private launch(): void {
    const engine = this.start();
    this.process = engine;
    this.connection = new EngineConnection(mainPort(engine.openPort()));
    this.connection.subscribe((message) => {
      if (message.type === 'progress') {
        this.events.onProgress(message.progress);
      } else if (
        message.type === 'change' &&
        message.change.caseInfo &&
        message.change.caseInfo.path !== this.shownPath
      ) {
        this.shownPath = message.change.caseInfo.path;
        this.events.onPath(this.shownPath);
      }
    });
    engine.onExit((code) => {
      if (this.closing || engine !== this.process) return;
      this.connection.fail(ENGINE_STOPPED);
      void this.restart(code);
    });
  }

  private async restart(code: number): Promise<void> {
    this.restarts += 1;
    if (this.restarts > MAX_RESTARTS) {
      this.events.onLost(code, `it stopped ${MAX_RESTARTS} times in a row`);
      return;
    }
    const path = this.shownPath;
    this.launch();
    try {
      if (path !== undefined) await this.connection.call('case-open', { path });
    } catch (error) {
      this.events.onLost(code, (error as Error).message);
      return;
    }
    this.events.onRestarted(this.openPort(), code);
  }
}
