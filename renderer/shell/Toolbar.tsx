import type { CommandId } from '../../app/commands/commandList';
import { type CommandContext, commandById, commandTitle, isEnabled } from '../commands/commands';
import type { CaseState, View } from '../state/caseStore';

const VIEWS: [View, string][] = [
  ['outline', 'Outline'],
  ['map', 'Map'],
  ['document', 'Document'],
  ['practice', 'Practice'],
];

const SIDE_OPTIONS = [
  ['applicant', 'Applicant'],
  ['respondent', 'Respondent'],
  ['both', 'Both'],
] as const;

/** The toolbar: the most used commands as buttons, the view switch and the side switch. */
export function Toolbar({ state, context }: { state: CaseState; context: CommandContext }) {
  const button = (id: CommandId, label?: string) => {
    const command = commandById(id);
    return (
      <button
        type="button"
        disabled={!isEnabled(command, context)}
        title={commandTitle(command)}
        onClick={() => void command.run(context)}
      >
        {label ?? command.label}
      </button>
    );
  };
  return (
    <header className="toolbar">
      <button
        type="button"
        className="case-title"
        title={`Case settings of ${state.info?.path ?? 'the case'}`}
        aria-label={`${state.info?.title || 'Untitled case'}: open the case settings`}
        disabled={state.info === undefined}
        onClick={() => context.openSettings()}
      >
        <strong>{state.info?.title || 'Untitled case'}</strong>
        <span>{state.info?.forum || 'Click to set the title, forum and parties'}</span>
      </button>
      <div className="toolbar-group">
        {button('node.add-sibling', 'Add node')}
        {button('node.add-child', 'Add child')}
        {button('edit.undo')}
        {button('edit.redo')}
      </div>
      <div className="toolbar-group segmented">
        {VIEWS.map(([view, label]) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            onClick={() => context.store.set({ view })}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="toolbar-group segmented" role="radiogroup" aria-label="Side">
        {SIDE_OPTIONS.map(([side, label]) => (
          <button
            key={side}
            type="button"
            role="radio"
            aria-checked={state.sideFilter === side}
            onClick={() => context.store.set({ sideFilter: side })}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        {button('case.settings', 'Case settings')}
        {button('app.export', 'Export…')}
        {button('app.palette', 'Commands')}
      </div>
    </header>
  );
}
