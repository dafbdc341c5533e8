import { stripVTControlCharacters } from 'node:util';

/** One finding of Electronegativity, as its table prints it. */
export interface Finding {
  check: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  file: string;
  location: string;
}

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;

/**
 * Reads the findings out of the table Electronegativity prints (colours stripped): each row's first cell holds
 * the check id and `SEVERITY | CONFIDENCE`, the second the file, the third the line and column.
 */
export function findingsInTable(output: string): Finding[] {
  const lines = stripVTControlCharacters(output).split('\n');
  const findings: Finding[] = [];
  let cells: string[][] = [];
  const flush = () => {
    if (cells.length === 0) return;
    const column = (index: number) =>
      cells
        .map((row) => row[index] ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const first = column(0);
    const check = /^([A-Z_]+_CHECK)\b/.exec(first)?.[1];
    const rating = /\b(INFORMATIONAL|LOW|MEDIUM|HIGH) \| (\w+)/.exec(first);
    if (check && rating && check !== 'Check ID') {
      findings.push({
        check,
        severity: rating[1] as Finding['severity'],
        confidence: rating[2]!,
        file: column(1).replace(/\s/g, ''),
        location: column(2),
      });
    }
    cells = [];
  };
  for (const line of lines) {
    if (/^[├└┌]/.test(line)) flush();
    else if (line.startsWith('│')) cells.push(line.split('│').slice(1, -1));
  }
  flush();
  return findings;
}

/** Whether a finding is of medium severity or above. */
export function isMediumOrAbove(finding: Finding): boolean {
  return SEVERITIES.indexOf(finding.severity) >= SEVERITIES.indexOf('MEDIUM');
}
