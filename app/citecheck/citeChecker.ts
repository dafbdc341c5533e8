import type Database from 'better-sqlite3';
import type { Authority, NodeSummary } from '../model/types';
import type { SourceContent } from '../sources/sourceTypes';
import { loadBody } from '../store/nodeStore';
import { type HandCheck, listHandChecks, listSources, loadSourceContent } from '../store/sourceStore';
import { type CitationCheck, checkCitation } from './citationCheck';
import { citedQuotations } from './citedQuotations';

/** A citation's check with the check by hand that covers it, if any. */
export interface CheckedCitation extends CitationCheck {
  checkedBy: string | null;
  checkedOn: string | null;
}

/**
 * Holds every citation of an open case against its source, keeping each node's checks until that node,
 * the authorities or the sources change; a node's body is read only when a source has something to check in it.
 */
export class CiteChecker {
  private readonly byNode = new Map<number, CitationCheck[]>();
  /** The authorities that have a source, with its content once it has been read. */
  private sources: Map<number, SourceContent | undefined> | undefined;
  private handChecks: Map<string, HandCheck> | undefined;

  constructor(private readonly database: Database.Database) {}

  /** Whether the case has any source attached (a case without one is not being cite-checked). */
  hasSources(): boolean {
    return this.sourceMap().size > 0;
  }

  /** The checks of one node's citations, in reading order. */
  checksOf(node: NodeSummary, authorities: ReadonlyMap<string, Authority>): CheckedCitation[] {
    if (node.citations.length === 0) return [];
    let checks = this.byNode.get(node.id);
    if (!checks) {
      checks = this.check(node, authorities);
      this.byNode.set(node.id, checks);
    }
    const hand = this.handCheckMap();
    return checks.map((check) => {
      const by = hand.get(handCheckKey(check.nodeId, check.key, check.pinpoint, check.quote));
      return { ...check, checkedBy: by?.checkedBy ?? null, checkedOn: by?.checkedOn ?? null };
    });
  }

  /** Forgets the checks of nodes that changed. */
  forgetNodes(ids: readonly number[]): void {
    for (const id of ids) this.byNode.delete(id);
  }

  /** Forgets everything: authorities, sources or checks by hand changed. */
  forgetAll(): void {
    this.byNode.clear();
    this.sources = undefined;
    this.handChecks = undefined;
  }

  private check(node: NodeSummary, authorities: ReadonlyMap<string, Authority>): CitationCheck[] {
    let quotations: string[] | undefined;
    return node.citations.map((citation, index) => {
      const authority = authorities.get(citation.key);
      const source = authority ? this.sourceContent(authority.id) : undefined;
      if (source) quotations ??= this.quotations(node.id);
      return checkCitation({
        nodeId: node.id,
        index,
        key: citation.key,
        pinpoint: citation.pinpoint,
        quote: quotations?.[index] ?? '',
        authorityExists: authority !== undefined,
        source,
      });
    });
  }

  private quotations(nodeId: number): string[] {
    const body = loadBody(this.database, nodeId);
    return body ? citedQuotations(body) : [];
  }

  /** The text and units of an authority's source, read once. */
  sourceContent(authorityId: number): SourceContent | undefined {
    const sources = this.sourceMap();
    if (!sources.has(authorityId)) return undefined;
    let content = sources.get(authorityId);
    if (!content) {
      content = loadSourceContent(this.database, authorityId);
      sources.set(authorityId, content);
    }
    return content;
  }

  private sourceMap(): Map<number, SourceContent | undefined> {
    this.sources ??= new Map(listSources(this.database).map((source) => [source.authorityId, undefined]));
    return this.sources;
  }

  private handCheckMap(): Map<string, HandCheck> {
    this.handChecks ??= new Map(
      listHandChecks(this.database).map((check) => [
        handCheckKey(check.nodeId, check.key, check.pinpoint, check.quote),
        check,
      ]),
    );
    return this.handChecks;
  }
}

function handCheckKey(nodeId: number, key: string, pinpoint: string, quote: string): string {
  return JSON.stringify([nodeId, key, pinpoint, quote]);
}
