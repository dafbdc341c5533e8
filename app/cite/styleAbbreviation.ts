import type { CitationStyle } from '../model/types';

/** OSCOLA abbreviation (no full stops) and its Bluebook form, for reporters, treaty series, journals and courts. */
const ABBREVIATIONS: ReadonlyArray<readonly [oscola: string, bluebook: string]> = [
  ['UNTS', 'U.N.T.S.'],
  ['LNTS', 'L.N.T.S.'],
  ['UST', 'U.S.T.'],
  ['TIAS', 'T.I.A.S.'],
  ['Stat', 'Stat.'],
  ['ILM', 'I.L.M.'],
  ['ICJ Rep', 'I.C.J.'],
  ['ICJ', 'I.C.J.'],
  ['PCIJ', 'P.C.I.J.'],
  ['ILR', 'I.L.R.'],
  ['RIAA', 'R.I.A.A.'],
  ['ITLOS Rep', 'ITLOS Rep.'],
  ['YBILC', "Y.B. Int'l L. Comm'n"],
  ['AJIL', "Am. J. Int'l L."],
  ['EJIL', "Eur. J. Int'l L."],
  ['ICLQ', "Int'l & Comp. L.Q."],
  ['BYIL', "Brit. Y.B. Int'l L."],
  ['LQR', 'L.Q. Rev.'],
  ['UNSC', 'S.C.'],
  ['UNGA', 'G.A.'],
  ['ECOSOC', 'E.S.C.'],
];

const ALIASES: Readonly<Record<string, string>> = {
  'ICJ Reports': 'ICJ Rep',
  'I.C.J. Reports': 'ICJ Rep',
  'I.C.J. Rep.': 'ICJ Rep',
  SC: 'UNSC',
  GA: 'UNGA',
};

function canonical(name: string): string {
  return ALIASES[name] ?? name;
}

/**
 * A known abbreviation in the style's form (OSCOLA "UNTS", Bluebook "U.N.T.S."), whichever form it was
 * written in; unknown names are returned unchanged.
 */
export function styleAbbreviation(name: string, style: CitationStyle): string {
  const wanted = canonical(name);
  const entry = ABBREVIATIONS.find(([oscola, bluebook]) => oscola === wanted || bluebook === wanted);
  if (!entry) return name;
  return style === 'bluebook' ? entry[1] : entry[0];
}
