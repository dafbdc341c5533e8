import { COMMANDS, type CommandContext } from '../commands/commands';
import type { SharedStatus } from '../state/caseStore';
import { SharedNotices } from './SharedNotices';
import { sharedStatusText } from './sharedStatusText';

const byId = (id: string) => COMMANDS.find((command) => command.id === id)!;

/** The strip that tells how a shared case stands on its team server, with the command to go offline or online. */
export function SharedStatusBar({ status, context }: { status: NonNullable<SharedStatus>; context: CommandContext }) {
  const command = byId(status.online && status.refused === null ? 'case.go-offline' : 'case.go-online');
  const label = status.online && status.refused === null ? 'Go offline' : 'Go online';
  const state = !status.online || status.refused !== null ? 'offline' : status.connected ? 'online' : 'waiting';
  return (
    <section className={`shared-status shared-${state}`} aria-label="Sharing">
      <span role="status">{sharedStatusText(status)}</span>
      <SharedNotices notices={status.notices} store={context.store} />
      <button type="button" title={command.label} onClick={() => void command.run(context)}>
        {status.tokenNeeded || status.refused !== null ? 'Give token…' : label}
      </button>
    </section>
  );
}
