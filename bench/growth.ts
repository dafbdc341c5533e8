import { CaseService } from '../app/api/service';
import { evaluate } from '../app/evaluate/index';
import { DEFAULT_THRESHOLDS } from '../app/model/types';
import { CaseSession } from '../app/session/caseSession';
import { openCaseDatabase } from '../app/store/openDatabase';
import { searchNodes } from '../app/store/searchStore';
import { median } from './measure';
import { markdownTable } from './printResults';

export interface GrowthRow {
  metric: string;
  sizes: { nodes: number; medianMs: number }[];
}

const QUERIES = [
  'missile transfer',
  'embargo',
  'panel report',
  'jurisdiction consent',
  'artill',
  'knowledge attribution',
];

/**
 * Open, search and evaluate at each size, to show how each figure grows with the case, beside a bare SELECT of the
 * same rows (`readRows`): what SQLite and V8 alone take to hand over that many rows.
 */
export async function measureGrowth(
  cases: { nodes: number; path: string }[],
  dataFolder: string,
  readRows: (path: string) => void,
): Promise<GrowthRow[]> {
  const raw: GrowthRow = { metric: 'raw SELECT (reference)', sizes: [] };
  const open: GrowthRow = { metric: 'open', sizes: [] };
  const search: GrowthRow = { metric: 'search', sizes: [] };
  const evaluation: GrowthRow = { metric: 'evaluate', sizes: [] };
  for (const { nodes, path } of cases) {
    const runs = nodes >= 100_000 ? 5 : 15;
    raw.sizes.push({ nodes, medianMs: median(() => readRows(path), runs, 1) });
    open.sizes.push({
      nodes,
      medianMs: median(() => new CaseSession(openCaseDatabase(path, dataFolder), path, dataFolder).close(), runs, 1),
    });
    const service = new CaseService({ dataFolder, templatesFolder: dataFolder });
    await service.call('case-open', { path });
    const session = service.context.session!;
    let query = 0;
    search.sizes.push({
      nodes,
      medianMs: median(() => searchNodes(session.database, QUERIES[query++ % QUERIES.length]!, 50), 30),
    });
    const summaries = [...session.summaries().values()];
    const authorities = session.authorityList();
    evaluation.sizes.push({
      nodes,
      medianMs: median(
        () => evaluate({ nodes: summaries, authorities, caseSide: 'applicant', thresholds: DEFAULT_THRESHOLDS }),
        runs,
      ),
    });
    service.close();
  }
  return [raw, open, search, evaluation];
}

/** The growth table in Markdown: the median at each size and the factor for each tenfold step. */
export function formatGrowth(rows: GrowthRow[]): string {
  const sizes = rows[0]?.sizes.map((size) => size.nodes) ?? [];
  const header = [
    'metric',
    ...sizes.map((nodes) => `${nodes.toLocaleString('en')} nodes (ms)`),
    'growth per 10× nodes',
  ];
  const lines = rows.map((row) => {
    const factors = row.sizes.slice(1).map((size, index) => (size.medianMs / row.sizes[index]!.medianMs).toFixed(1));
    return [row.metric, ...row.sizes.map((size) => size.medianMs.toFixed(2)), `${factors.join('×, ')}×`];
  });
  return markdownTable(header, lines);
}
