/** A citation a note resolved to: the authority's key and the pinpoint the note gives. */
export interface NoteCitation {
  key: string;
  pinpoint: string;
}

/** What a note is matched against: an authority's key, short name and CSL item. */
export interface CitableEntry {
  key: string;
  short?: string | null | undefined;
  csl?: Record<string, unknown> | null | undefined;
}

const SIGNAL = /^(?:see(?:\s+also|\s+generally)?|but\s+see|cf\.?|compare|contra|accord|e\.g\.,?)\s+/i;
const PINPOINT =
  /(?:^|[\s,])((?:paras?\.?|paragraphs?|pp?\.|pages?|§§?|arts?\.?|articles?|sections?|ss?\.|nn?\.|ch\.|chapter|at)\s*[0-9IVXLC][\w\-–., ]*?)\s*$/i;
const BARE_PAGE = /,\s*(\d[\d\-–]*)\s*$/;

/**
 * Resolves the text of a footnote to a citation of one authority of the case: the note, after any
 * introductory signal ("See", "Cf."), begins with the authority's title, short title or short name
 * (or is `[@key]`), and what follows is no more than the reference and a pinpoint (no second
 * sentence). A note naming two authorities equally well, or saying more than the reference, is
 * not a citation and is kept as text.
 */
export function noteCitationResolver(authorities: readonly CitableEntry[]): (text: string) => NoteCitation | null {
  const labels: { label: string; key: string }[] = [];
  for (const authority of authorities) {
    const csl = authority.csl ?? {};
    for (const value of [csl.title, csl['title-short'], authority.short]) {
      if (typeof value !== 'string') continue;
      const label = normalise(value);
      if (label.length >= 4) labels.push({ label, key: authority.key });
    }
  }
  labels.sort((left, right) => right.label.length - left.label.length);
  const keys = new Set(authorities.map((authority) => authority.key));
  return (text) => {
    if (text.length > 2000) return null;
    const cleaned = text.replace(/\s+/g, ' ').trim().replace(SIGNAL, '').replace(/\.$/, '').trim();
    const byKey = /^\[?@([A-Za-z0-9_:.\-/]+)\]?(?:,?\s*(.*))?$/.exec(cleaned);
    if (byKey && keys.has(byKey[1]!)) return { key: byKey[1]!, pinpoint: (byKey[2] ?? '').slice(0, 200) };
    const normalised = normalise(cleaned);
    const match = labels.find(
      ({ label }) => normalised.startsWith(label) && !/[\p{L}\p{N}]/u.test(normalised.charAt(label.length)),
    );
    if (!match) return null;
    const rivals = labels.filter(({ label, key }) => label === match.label && key !== match.key);
    if (rivals.length > 0) return null;
    const rest = cleaned.slice(cleanedIndex(cleaned, match.label));
    if (rest.length > 200 || /[.;!?]\s+\p{Lu}/u.test(rest)) return null;
    const pinpoint = PINPOINT.exec(rest)?.[1]?.replace(/^at\s+/i, '') ?? BARE_PAGE.exec(rest)?.[1] ?? '';
    return { key: match.key, pinpoint: pinpoint.replace(/[,.\s]+$/, '') };
  };
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Where in the cleaned note the matched label ends (the note and the label compared as normalised text). */
function cleanedIndex(cleaned: string, label: string): number {
  let consumed = 0;
  for (let index = 0; index <= cleaned.length; index++) {
    if (normalise(cleaned.slice(0, index)).length >= label.length) {
      consumed = index;
      break;
    }
  }
  return consumed;
}
