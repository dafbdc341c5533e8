import { useState } from 'react';
import type { ApiClient } from '../../app/api/handlers';
import type { DocumentLayoutName } from '../state/caseStore';

/** A CSL style file the Export dialog will write the citations in, with its parent when it is a dependent style. */
export interface ChosenCslStyle {
  name: string;
  title: string;
  text: string;
  parent?: { name: string; text: string };
}

/**
 * The CSL style chosen in the Export dialog. Each file is tried on the case when it is chosen, so that one the
 * export cannot use is refused now, with the reason; a dependent style waits for its parent style to be chosen.
 */
export function useCslStyleChoice(api: ApiClient, layout: DocumentLayoutName) {
  const [style, setStyle] = useState<ChosenCslStyle | undefined>();
  const [dependent, setDependent] = useState<{ name: string; text: string } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const tryStyle = async (chosen: { name: string; text: string }, parent?: { name: string; text: string }) => {
    const check = await api['export-check']({
      layout,
      cslStyle: chosen.text,
      ...(parent ? { cslParentStyle: parent.text } : {}),
    });
    setStyle({ ...chosen, title: check.citationStyle, ...(parent ? { parent } : {}) });
    setDependent(undefined);
    setProblem(undefined);
  };

  /** Tries a style file; a dependent one is kept until its parent is chosen. */
  const chooseStyle = async (file: File) => {
    const chosen = { name: file.name, text: await file.text() };
    try {
      await tryStyle(chosen);
    } catch (error) {
      setDependent((error as { path?: string }).path === 'cslParentStyle' ? chosen : undefined);
      setProblem(`${file.name}: ${(error as Error).message}`);
    }
  };

  /** Tries the dependent style waiting for its parent with the parent style file chosen. */
  const chooseParent = async (file: File) => {
    if (!dependent) return;
    const parent = { name: file.name, text: await file.text() };
    try {
      await tryStyle(dependent, parent);
    } catch (error) {
      setProblem(`${file.name}: ${(error as Error).message}`);
    }
  };

  const clearStyle = () => {
    setStyle(undefined);
    setDependent(undefined);
    setProblem(undefined);
  };

  return { style, dependent, problem, chooseStyle, chooseParent, clearStyle };
}
