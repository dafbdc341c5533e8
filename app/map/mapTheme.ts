import type { NodeKind, Status } from '../model/types';

/** The colours of a map, the same as the app's light and dark themes, for a map drawn outside the app. */
export interface MapPalette {
  background: string;
  box: string;
  text: string;
  muted: string;
  support: string;
  attack: string;
  kinds: Record<NodeKind, string>;
  statuses: Record<Status, string>;
}

export type MapTheme = 'light' | 'dark';

export const MAP_PALETTES: Record<MapTheme, MapPalette> = {
  light: {
    background: '#ffffff',
    box: '#ffffff',
    text: '#1d1f23',
    muted: '#5d6168',
    support: '#6b6f76',
    attack: '#b42b2b',
    kinds: {
      issue: '#5b3fa8',
      claim: '#2457c5',
      rule: '#0f7b7b',
      evidence: '#1f7a44',
      counter: '#b4472b',
      response: '#a66a00',
      note: '#8a8a80',
      question: '#a03c78',
    },
    statuses: { established: '#1f7a44', contested: '#a66a00', unsupported: '#6b6f76', defeated: '#b42b2b' },
  },
  dark: {
    background: '#16181c',
    box: '#1e2126',
    text: '#e6e7ea',
    muted: '#aab0b8',
    support: '#9aa0a8',
    attack: '#ff7a7a',
    kinds: {
      issue: '#b49cff',
      claim: '#7ea6ff',
      rule: '#55d0d0',
      evidence: '#5cc98a',
      counter: '#ff9a7a',
      response: '#e0b050',
      note: '#9aa0a8',
      question: '#f08cc8',
    },
    statuses: { established: '#5cc98a', contested: '#e0b050', unsupported: '#9aa0a8', defeated: '#ff7a7a' },
  },
};

/** What each status means on the map, for its legend. */
export const STATUS_LEGEND: readonly [Status, string][] = [
  ['established', 'Established'],
  ['contested', 'Contested'],
  ['unsupported', 'Unsupported'],
  ['defeated', 'Defeated'],
];

export const kindName = (kind: NodeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);

/** The name a box has for a screen reader and in a tooltip: its kind, title and status. */
export function boxName(node: { kind: NodeKind; title: string; status: Status | null }): string {
  const title = node.title.trim() || '(untitled)';
  return node.status ? `${kindName(node.kind)}: ${title} (${node.status})` : `${kindName(node.kind)}: ${title}`;
}
