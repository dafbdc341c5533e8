const SUBDIVISIONS = String.raw`((?:\s?\([0-9a-z]{1,6}\))*)`;
const ARTICLE = new RegExp(
  String.raw`,?\s*\b(?:arts?\.?|articles?)\s*(\d{1,4}(?:\s?bis|\s?ter|[a-z](?![a-z]))?)${SUBDIVISIONS}(?:,\s*(?:¶|paras?\.?|paragraphs?)\s*(\d{1,3})${SUBDIVISIONS})?`,
  'i',
);
const PARAGRAPH = new RegExp(
  String.raw`,?\s*(?:¶¶?|\b(?:op(?:erative)?\.?\s+)?(?:paras?\.?|paragraphs?)(?=\s*\d))\s*(\d{1,4}${SUBDIVISIONS}(?:\s*(?:[–—-]|to)\s*\d{1,4})?)`,
  'i',
);
const AT_PAGE = /,?\s*\bat\s+(\d{1,5}(?:\s*[–-]\s*\d{1,5})?)(?=[\s,;)]|$)/;

/** A pinpoint found inside a citation of a draft, and the citation with it taken out. */
export interface DraftPinpoint {
  pinpoint: string;
  rest: string;
}

/**
 * The pinpoint a citation of a draft gives wherever it stands, written as the check reads pinpoints: Bluebook's
 * "art. 2, ¶ 4" is art 2(4), "¶ 8(a)" (before a date in brackets) is para 8(a), "op para 2" para 2, "at 55" p 55.
 * Undefined when the citation gives none of these (its pinpoint may still end it: "… 45", "…, 225").
 */
export function draftPinpoint(citation: string): DraftPinpoint | undefined {
  const article = ARTICLE.exec(citation);
  if (article) {
    const inner = article[3] ? `(${article[3]})${compact(article[4])}` : '';
    return cut(citation, article, `art ${article[1]!.replace(/\s+/g, '')}${compact(article[2])}${inner}`);
  }
  const paragraph = PARAGRAPH.exec(citation);
  if (paragraph) {
    const range = /[–—-]|to/.test(paragraph[1]!);
    return cut(citation, paragraph, `${range ? 'paras' : 'para'} ${paragraph[1]!.replace(/\s+/g, ' ').trim()}`);
  }
  const page = AT_PAGE.exec(citation);
  if (page) return cut(citation, page, `p ${page[1]!.replace(/\s+/g, '')}`);
  return undefined;
}

function compact(subdivisions: string | undefined): string {
  return (subdivisions ?? '').replace(/\s+/g, '');
}

function cut(citation: string, match: RegExpExecArray, pinpoint: string): DraftPinpoint {
  const rest = `${citation.slice(0, match.index)} ${citation.slice(match.index + match[0].length)}`;
  return {
    pinpoint,
    rest: rest
      .replace(/\s+/g, ' ')
      .replace(/\s+([,)])/g, '$1')
      .trim(),
  };
}
