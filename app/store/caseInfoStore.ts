import type Database from 'better-sqlite3';
import { NO_ORAL_SETTINGS, type OralSettings } from '../model/oral';
import type { CaseInfo, CaseSide, CitationStyle, MapDirection, ProofThresholds, WordLimits } from '../model/types';
import { DEFAULT_PASSIM_THRESHOLD, DEFAULT_THRESHOLDS } from '../model/types';
import { statement } from './statements';

export type CaseRow = [string, string, string, string, CaseSide, CitationStyle, string];

/** The case's metadata. */
export function loadCaseInfo(database: Database.Database): CaseInfo {
  const row = statement(
    database,
    'SELECT title, forum, applicant, respondent, side, citation_style, settings FROM case_info WHERE id = 1',
  )
    .raw()
    .get() as CaseRow;
  return caseInfoFromRow(row);
}

/** The case's metadata from its stored columns (title, forum, applicant, respondent, side, style, settings JSON). */
export function caseInfoFromRow(row: CaseRow): CaseInfo {
  const settings = JSON.parse(row[6]) as {
    thresholds?: ProofThresholds;
    passimThreshold?: number;
    wordLimits?: WordLimits;
    mapDirection?: MapDirection;
    oral?: OralSettings;
  };
  return {
    title: row[0],
    forum: row[1],
    applicant: row[2],
    respondent: row[3],
    side: row[4],
    citationStyle: row[5],
    thresholds: settings.thresholds ?? DEFAULT_THRESHOLDS,
    passimThreshold: settings.passimThreshold ?? DEFAULT_PASSIM_THRESHOLD,
    wordLimits: settings.wordLimits ?? {},
    mapDirection: settings.mapDirection === 'right' ? 'right' : 'down',
    oral: settings.oral ?? NO_ORAL_SETTINGS,
  };
}

/** Replaces the case's metadata. */
export function saveCaseInfo(database: Database.Database, info: CaseInfo): void {
  statement(
    database,
    `UPDATE case_info SET title = ?, forum = ?, applicant = ?, respondent = ?, side = ?, citation_style = ?, settings = ?
     WHERE id = 1`,
  ).run(
    info.title,
    info.forum,
    info.applicant,
    info.respondent,
    info.side,
    info.citationStyle,
    JSON.stringify({
      thresholds: info.thresholds,
      passimThreshold: info.passimThreshold,
      wordLimits: info.wordLimits,
      ...(info.mapDirection === 'down' ? {} : { mapDirection: info.mapDirection }),
      oral: info.oral,
    }),
  );
}
