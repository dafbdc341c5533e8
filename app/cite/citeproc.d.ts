/** citeproc-js (the CSL processor of Zotero and Mendeley): only what Casewright calls. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(language: string): string | undefined;
    retrieveItem(id: string): Record<string, unknown>;
  }
  export interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string, language?: string, forceLanguage?: boolean);
    opt: { xclass: string };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    appendCitationCluster(citation: {
      citationItems: CitationItem[];
      properties: { noteIndex: number };
    }): Array<[number, string, string?]>;
    makeCitationCluster(items: CitationItem[]): string;
    makeBibliography(): [BibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

declare module '@citation-js/plugin-csl/lib/locales.json' {
  const locales: Record<string, string>;
  export default locales;
}
