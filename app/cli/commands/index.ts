import type { Command } from '../command';

/** Every command, each loaded only when it runs, so that one command does not load what the others use. */
export const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  templates: () => import('./templates'),
  new: () => import('./new'),
  show: () => import('./show'),
  search: () => import('./search'),
  check: () => import('./check'),
  export: () => import('./export'),
  import: () => import('./import'),
  backup: () => import('./backup'),
  restore: () => import('./restore'),
  template: () => import('./template'),
  version: () => import('./version'),
  diff: () => import('./diff'),
  source: () => import('./source'),
  citecheck: () => import('./citecheck'),
  oral: () => import('./oral'),
  questions: () => import('./questions'),
  'practice-log': () => import('./practiceLog'),
  serve: () => import('./serve'),
};
