import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import {
  type CommandContext,
  commandForEvent,
  isEnabled,
  type MapControls,
  type SharingMode,
} from '../commands/commands';
import { runMenuCommand } from '../commands/runMenuCommand';
import { isEditingText, matchesShortcut } from '../commands/shortcut';
import { LegendButton } from '../outline/Legend';
import { Outline } from '../outline/Outline';
import { AuthoritiesPanel } from '../panels/AuthoritiesPanel';
import { AuthorityDialogHost } from '../panels/AuthorityDialog';
import { GapsPanel } from '../panels/GapsPanel';
import { SearchPanel } from '../panels/SearchPanel';
import type { CaseStore } from '../state/caseStore';
import type { ComparedVersions } from '../versions/useComparison';
import { VersionsPanel } from '../versions/VersionsPanel';
import { CommandPalette } from './CommandPalette';
import { ConfirmDialog } from './ConfirmDialog';
import { EmptyState } from './EmptyState';
import { SharedStatusBar } from './SharedStatusBar';
import { type PaneWidths, readPaneWidths, Splitter, savePaneWidths } from './Splitter';
import { Toolbar } from './Toolbar';
import { TooltipLayer } from './TooltipLayer';

// The outline paints first: the editor (TipTap and its extensions), the map, the document view and the dialogs are
// loaded after it, in the background once it has painted, or at once when one is shown first. The command palette
// is small and loaded with the outline, so that no key typed right after Ctrl+K is lost while it loads.
const LOADERS = {
  editor: () => import('../editor/NodeEditor'),
  map: () => import('../map/MapView'),
  document: () => import('./DocumentView'),
  practice: () => import('../practice/PracticeView'),
  exportDialog: () => import('./ExportDialog'),
  settings: () => import('./CaseSettingsDialog'),
  compare: () => import('../versions/CompareView'),
  version: () => import('../versions/VersionView'),
  sharing: () => import('./SharingDialog'),
  source: () => import('../sources/SourcePane'),
  draftCheck: () => import('../sources/DraftCheckDialog'),
};
const NodeEditor = lazy(() => LOADERS.editor().then(({ NodeEditor }) => ({ default: NodeEditor })));
const MapView = lazy(() => LOADERS.map().then(({ MapView }) => ({ default: MapView })));
const PracticeView = lazy(() => LOADERS.practice().then(({ PracticeView }) => ({ default: PracticeView })));
const DocumentView = lazy(() => LOADERS.document().then(({ DocumentView }) => ({ default: DocumentView })));
const SourcePane = lazy(() => LOADERS.source().then(({ SourcePane }) => ({ default: SourcePane })));
const ExportDialog = lazy(() => LOADERS.exportDialog().then(({ ExportDialog }) => ({ default: ExportDialog })));
const DraftCheckDialog = lazy(() =>
  LOADERS.draftCheck().then(({ DraftCheckDialog }) => ({ default: DraftCheckDialog })),
);
const CompareView = lazy(() => LOADERS.compare().then(({ CompareView }) => ({ default: CompareView })));
const VersionView = lazy(() => LOADERS.version().then(({ VersionView }) => ({ default: VersionView })));
const SharingDialog = lazy(() => LOADERS.sharing().then(({ SharingDialog }) => ({ default: SharingDialog })));
const CaseSettingsDialog = lazy(() =>
  LOADERS.settings().then(({ CaseSettingsDialog }) => ({ default: CaseSettingsDialog })),
);

/** Loads every deferred part, one after another, once the outline has painted. */
function preloadDeferredParts(): void {
  const loaders: (() => Promise<unknown>)[] = Object.values(LOADERS);
  void loaders.reduce<Promise<unknown>>(
    (previous, load) => previous.then(load).catch(() => undefined),
    Promise.resolve(),
  );
}

const PANELS = ['gaps', 'authorities', 'search', 'versions'] as const;
type Panel = (typeof PANELS)[number];
type Authorities = MethodOutput<'authorities-list'>;

const panelNames: Record<Exclude<Panel, 'gaps'>, string> = {
  authorities: 'Authorities',
  search: 'Search',
  versions: 'Versions',
};

/** The window: toolbar, outline on the left, editor / map / document in the centre, panels on the right. */
export function App({ store }: { store: CaseStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [palette, setPalette] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [checkingDraft, setCheckingDraft] = useState(false);
  const [settings, setSettings] = useState(false);
  const [sharing, setSharing] = useState<SharingMode | undefined>();
  const [panel, setPanel] = useState<Panel>('gaps');
  const [compared, setComparedVersions] = useState<ComparedVersions | undefined>();
  /** A version open read-only in the centre, in place of the editor (a comparison closes it). */
  const [openVersion, setOpenVersion] = useState<number | undefined>();
  const setCompared = useCallback((next: ComparedVersions | undefined) => {
    setComparedVersions(next);
    setOpenVersion(undefined);
  }, []);
  const [namingVersion, setNamingVersion] = useState(false);
  const [question, setQuestion] = useState<
    { message: string; confirmLabel?: string; answer: (yes: boolean) => void } | undefined
  >();
  const [authorities, setAuthorities] = useState<Authorities>([]);
  const [widths, setWidths] = useState<PaneWidths>(readPaneWidths);
  const resize = (pane: keyof PaneWidths, save: boolean) => (width: number) => {
    const next = { ...widths, [pane]: width };
    setWidths(next);
    if (save) savePaneWidths(next);
  };
  const treeRef = useRef<HTMLDivElement>(null);
  const statusReason = useCallback(
    (id: number) => store.api['nodes-get']({ id }).then((node) => node.statusReason),
    [store],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const mapControls = useRef<MapControls | undefined>(undefined);

  useEffect(() => {
    const timer = window.setTimeout(preloadDeferredParts, 0);
    return () => window.clearTimeout(timer);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list changes with the case
  useEffect(() => {
    store.api['authorities-list']({}).then(setAuthorities, (error: Error) => store.say(error.message, 'error'));
  }, [store, state.authoritiesRevision]);

  const context: CommandContext = useMemo(
    () => ({
      store,
      openPalette: () => setPalette(true),
      openExport: () => setExporting(true),
      openDraftCheck: () => setCheckingDraft(true),
      openSettings: () => setSettings(true),
      openSharing: setSharing,
      openVersions: (askName) => {
        setPanel('versions');
        if (askName) setNamingVersion(true);
      },
      focusSearch: () => {
        setPanel('search');
        requestAnimationFrame(() => searchRef.current?.focus());
      },
      focusOutline: () => treeRef.current?.focus(),
      confirm: (message, confirmLabel) =>
        new Promise<boolean>((resolve) => setQuestion({ message, confirmLabel, answer: resolve })),
      map: mapControls,
    }),
    [store],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForEvent(event, 'global', matchesShortcut);
      if (!command) return;
      const textShortcut =
        command.id === 'edit.undo' || command.id === 'edit.redo' || command.id.startsWith('node.move');
      if (textShortcut && isEditingText(event.target)) return;
      event.preventDefault();
      if (isEnabled(command, context)) void command.run(context);
    },
    [context],
  );
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);
  useEffect(() => window.casewright?.onCommand((commandId) => runMenuCommand(commandId, context)), [context]);

  // Another view chosen in the toolbar closes the comparison.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of view closes it
  useEffect(() => setCompared(undefined), [state.view]);
  const versionOpen = openVersion !== undefined && !compared;

  const empty = state.info !== undefined && state.rows.length === 0;
  const sourceOpen = state.source !== undefined && state.view === 'outline' && !empty && !compared && !versionOpen;
  // With the source pane open the panes give way (down to a minimum) before the editor does, in a narrow window.
  const columns = sourceOpen
    ? `minmax(200px, ${widths.outline}px) minmax(360px, 1fr) minmax(280px, ${widths.source}px) minmax(330px, ${widths.side}px)`
    : `${widths.outline}px minmax(320px, 1fr) ${widths.side}px`;
  return (
    <div className="app">
      <Toolbar state={state} context={context} />
      {state.shared && <SharedStatusBar status={state.shared} context={context} />}
      {state.message && (
        <div className={`message ${state.message.tone}`} role={state.message.tone === 'error' ? 'alert' : 'status'}>
          <span>{state.message.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => store.set({ message: undefined })}>
            ×
          </button>
        </div>
      )}
      <main
        className={`workspace view-${state.view}`}
        style={state.view === 'practice' ? undefined : { gridTemplateColumns: columns }}
      >
        <nav className="outline-pane" aria-label="Outline pane">
          <Outline state={state} context={context} treeRef={treeRef} />
          <LegendButton />
          <Splitter
            label="Width of the outline"
            edge="right"
            width={widths.outline}
            onResize={resize('outline', false)}
            onDone={resize('outline', true)}
          />
        </nav>
        <div className="centre-pane">
          <Suspense fallback={null}>
            {compared ? (
              <CompareView
                store={store}
                state={state}
                compared={compared}
                onCompare={setCompared}
                onClose={() => setCompared(undefined)}
              />
            ) : versionOpen ? (
              <VersionView
                store={store}
                version={openVersion}
                onCompare={(version) => setCompared({ from: version, to: 'now' })}
                onClose={() => setOpenVersion(undefined)}
              />
            ) : empty && state.view === 'outline' ? (
              <EmptyState store={store} />
            ) : state.view === 'map' ? (
              <MapView store={store} state={state} context={context} />
            ) : state.view === 'document' ? (
              <DocumentView store={store} state={state} />
            ) : state.view === 'practice' ? (
              <PracticeView store={store} state={state} />
            ) : (
              <NodeEditor store={store} state={state} authorities={authorities} />
            )}
          </Suspense>
        </div>
        {sourceOpen && (
          <div className="source-column">
            <Splitter
              label="Width of the source"
              edge="left"
              width={widths.source}
              onResize={resize('source', false)}
              onDone={resize('source', true)}
            />
            <Suspense fallback={null}>
              <SourcePane store={store} state={state} authorities={authorities} confirm={context.confirm} />
            </Suspense>
          </div>
        )}
        <aside className="side-pane" aria-label="Panels">
          <Splitter
            label="Width of the panels"
            edge="left"
            width={widths.side}
            onResize={resize('side', false)}
            onDone={resize('side', true)}
          />
          <div className="tabs" role="tablist" aria-label="Panels">
            {PANELS.map((name) => (
              <button key={name} type="button" role="tab" aria-selected={panel === name} onClick={() => setPanel(name)}>
                {name === 'gaps' ? `Gaps (${state.findings.length})` : panelNames[name]}
              </button>
            ))}
          </div>
          {panel === 'gaps' && (
            <GapsPanel findings={state.findings} store={store} empty={!state.rows.some((row) => row.status !== null)} />
          )}
          {panel === 'authorities' && <AuthoritiesPanel store={store} authorities={authorities} />}
          {panel === 'search' && <SearchPanel store={store} inputRef={searchRef} revision={state.revision} />}
          {panel === 'versions' && (
            <VersionsPanel
              store={store}
              revision={state.revision}
              confirm={context.confirm}
              naming={namingVersion}
              onNaming={setNamingVersion}
              onCompare={(version) => setCompared({ from: version.id, to: 'now' })}
              onCompareFile={(file) => setCompared({ from: 'now', to: file })}
              onOpen={(version) => {
                setCompared(undefined);
                setOpenVersion(version.id);
              }}
            />
          )}
        </aside>
      </main>
      <Suspense fallback={null}>
        {palette && <CommandPalette context={context} onClose={() => setPalette(false)} />}
        {exporting && <ExportDialog store={store} state={state} onClose={() => setExporting(false)} />}
        {checkingDraft && <DraftCheckDialog store={store} onClose={() => setCheckingDraft(false)} />}
        {settings && <CaseSettingsDialog store={store} onClose={() => setSettings(false)} />}
        {sharing && <SharingDialog store={store} mode={sharing} onClose={() => setSharing(undefined)} />}
      </Suspense>
      <TooltipLayer statusReason={statusReason} />
      <AuthorityDialogHost store={store} authorities={authorities} />
      {question && (
        <ConfirmDialog
          message={question.message}
          confirmLabel={question.confirmLabel}
          onAnswer={(yes) => {
            question.answer(yes);
            setQuestion(undefined);
          }}
        />
      )}
    </div>
  );
}
