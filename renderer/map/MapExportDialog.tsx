import { useState } from 'react';
import type { MapDirection } from '../../app/model/types';
import { saveExport } from '../api/exportFile';
import { DialogForm } from '../shell/DialogForm';
import { FormButtons } from '../shell/FormButtons';
import type { CaseStore } from '../state/caseStore';
import { rasterizeInPage } from './rasterizeInPage';

type Format = 'svg' | 'png';
type Scope = 'case' | 'focus' | 'selection';

const SVG_SIZE = /<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/;

/** "Export map…": the map as SVG (text you can select, with its legend) or PNG (twice the screen's resolution). */
export function MapExportDialog({
  store,
  focusId,
  selectedId,
  direction,
  onClose,
}: {
  store: CaseStore;
  focusId: number | undefined;
  selectedId: number | undefined;
  direction: MapDirection;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<Format>('svg');
  const [scope, setScope] = useState<Scope>(focusId === undefined ? 'case' : 'focus');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const nodeId = scope === 'focus' ? focusId : scope === 'selection' ? selectedId : undefined;

  const run = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const collapsed = [...store.getState().collapsed];
      const map = await store.api['map-export']({ ...(nodeId ? { nodeId } : {}), collapsed, direction, theme });
      let done: string | undefined;
      if (format === 'svg') {
        done = await saveExport(map.fileName, new TextEncoder().encode(map.svg), 'image/svg+xml', window.casewright);
      } else {
        const size = SVG_SIZE.exec(map.svg);
        const png = await rasterizeInPage(map.svg, { width: Number(size?.[1]), height: Number(size?.[2]) });
        done = await saveExport(map.fileName.replace(/\.svg$/, '.png'), png, 'image/png', window.casewright);
      }
      if (done) {
        store.say(done);
        onClose();
      }
    } catch (error) {
      setProblem(`Nothing was exported. ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const choice = <T extends string>(
    legend: string,
    value: T,
    set: (value: T) => void,
    options: [T, string, boolean?][],
  ) => (
    <fieldset>
      <legend className="field-label">{legend}</legend>
      {options.map(([option, label, disabled]) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={legend}
            checked={value === option}
            disabled={disabled}
            onChange={() => set(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <DialogForm label="Export map" className="map-export-dialog" onSubmit={() => void run()} onClose={onClose}>
      {choice('Format', format, setFormat, [
        ['svg', 'SVG (selectable text, scales without loss)'],
        ['png', 'PNG (twice the screen’s resolution, for slides)'],
      ])}
      {choice('What', scope, setScope, [
        ['case', 'The whole case'],
        ['focus', 'The focused subtree', focusId === undefined],
        ['selection', 'The selected node’s subtree', selectedId === undefined],
      ])}
      {choice('Colours', theme, setTheme, [
        ['light', 'Light'],
        ['dark', 'Dark'],
      ])}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <FormButtons submit={busy ? 'Exporting…' : 'Export'} disabled={busy} focus onCancel={onClose} />
    </DialogForm>
  );
}
