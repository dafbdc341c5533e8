import { describe, expect, test } from 'vitest';
import { type CitableAuthority, FootnoteSequencer, formatFull, formatShort, runsToPlainText } from '../../app/cite';
import {
  arsiwa,
  authority,
  charter,
  icjCase,
  icjStatute,
  namibia,
  npt,
  pact,
  res1718,
  resolution,
  vclt,
} from './authorities';

// Every citation string in /work/shared/reference/legal-facts.md, formatted from a CSL item (OSCOLA).

function oscola(item: CitableAuthority, pinpoint: string): string {
  return runsToPlainText(formatFull(item, pinpoint, 'oscola'));
}

describe('legal-facts.md citations in OSCOLA', () => {
  test('treaties', () => {
    expect(oscola(charter, 'art 25')).toBe(
      'Charter of the United Nations (adopted 26 June 1945, entered into force 24 October 1945) 1 UNTS XVI, art 25',
    );
    expect(oscola(npt, '')).toBe(
      'Treaty on the Non-Proliferation of Nuclear Weapons (opened for signature 1 July 1968, entered into force 5 March 1970) 729 UNTS 161',
    );
    expect(oscola(icjStatute, '')).toBe(
      'Statute of the International Court of Justice (annexed to the Charter, 26 June 1945) 33 UNTS 993',
    );
    expect(oscola(vclt, '')).toBe(
      'Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) 1155 UNTS 331',
    );
  });

  test.each([
    [1718, 2006, 10, 14, 'para 8(a)', 'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a)'],
    [1874, 2009, 6, 12, 'paras 9–10, 26', 'UNSC Res 1874 (12 June 2009) UN Doc S/RES/1874, paras 9–10, 26'],
    [2087, 2013, 1, 22, '', 'UNSC Res 2087 (22 January 2013) UN Doc S/RES/2087'],
    [2094, 2013, 3, 7, '', 'UNSC Res 2094 (7 March 2013) UN Doc S/RES/2094'],
    [2270, 2016, 3, 2, 'para 8', 'UNSC Res 2270 (2 March 2016) UN Doc S/RES/2270, para 8'],
    [2276, 2016, 3, 24, '', 'UNSC Res 2276 (24 March 2016) UN Doc S/RES/2276'],
    [2321, 2016, 11, 30, 'para 11', 'UNSC Res 2321 (30 November 2016) UN Doc S/RES/2321, para 11'],
    [2371, 2017, 8, 5, '', 'UNSC Res 2371 (5 August 2017) UN Doc S/RES/2371'],
    [2375, 2017, 9, 11, '', 'UNSC Res 2375 (11 September 2017) UN Doc S/RES/2375'],
    [2397, 2017, 12, 22, 'para 7', 'UNSC Res 2397 (22 December 2017) UN Doc S/RES/2397, para 7'],
  ])('Security Council resolution %i', (number, year, month, day, pinpoint, expected) => {
    expect(oscola(resolution(number, year, month, day), pinpoint)).toBe(expected);
  });

  test('ARSIWA annexed to UNGA Res 56/83, with the Yearbook text', () => {
    expect(oscola(arsiwa, '')).toBe(
      'ILC, Articles on Responsibility of States for Internationally Wrongful Acts, annexed to UNGA Res 56/83 (12 December 2001) UN Doc A/RES/56/83; text and commentaries in [2001] YBILC vol II pt 2, 26',
    );
    expect(oscola(arsiwa, 'art 16')).toBe(
      'ILC, Articles on Responsibility of States for Internationally Wrongful Acts, annexed to UNGA Res 56/83 (12 December 2001) UN Doc A/RES/56/83, art 16; text and commentaries in [2001] YBILC vol II pt 2, 26',
    );
  });

  test('the Namibia advisory opinion, with its case name in italics', () => {
    const runs = formatFull(namibia, 'paras 113–14', 'oscola');
    expect(runsToPlainText(runs)).toBe(
      'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970) (Advisory Opinion) [1971] ICJ Rep 16, paras 113–14',
    );
    expect(runs).toEqual([
      {
        text: 'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970)',
        italic: true,
      },
      { text: ' (Advisory Opinion) [1971] ICJ Rep 16, paras 113–14' },
    ]);
  });

  test.each([
    [
      'Accordance with International Law of the Unilateral Declaration of Independence in respect of Kosovo',
      'Advisory Opinion',
      [2010, 7, 22],
      '403',
      'para 94',
      'Accordance with International Law of the Unilateral Declaration of Independence in respect of Kosovo (Advisory Opinion) [2010] ICJ Rep 403, para 94',
    ],
    [
      'Legality of the Threat or Use of Nuclear Weapons',
      'Advisory Opinion',
      [1996, 7, 8],
      '226',
      '',
      'Legality of the Threat or Use of Nuclear Weapons (Advisory Opinion) [1996] ICJ Rep 226',
    ],
    [
      'Monetary Gold Removed from Rome in 1943 (Italy v France, United Kingdom and United States)',
      'Preliminary Question',
      [1954, 6, 15],
      '19',
      '',
      'Monetary Gold Removed from Rome in 1943 (Italy v France, United Kingdom and United States) (Preliminary Question) [1954] ICJ Rep 19',
    ],
    [
      'East Timor (Portugal v Australia)',
      'Judgment',
      [1995, 6, 30],
      '90',
      '',
      'East Timor (Portugal v Australia) (Judgment) [1995] ICJ Rep 90',
    ],
    [
      'Barcelona Traction, Light and Power Company, Limited (Belgium v Spain)',
      'Second Phase',
      [1970, 2, 5],
      '3',
      'paras 33–34',
      'Barcelona Traction, Light and Power Company, Limited (Belgium v Spain) (Second Phase) [1970] ICJ Rep 3, paras 33–34',
    ],
    [
      'Questions relating to the Obligation to Prosecute or Extradite (Belgium v Senegal)',
      'Judgment',
      [2012, 7, 20],
      '422',
      'paras 68–69',
      'Questions relating to the Obligation to Prosecute or Extradite (Belgium v Senegal) (Judgment) [2012] ICJ Rep 422, paras 68–69',
    ],
    [
      'Obligations concerning Negotiations relating to Cessation of the Nuclear Arms Race and to Nuclear Disarmament (Marshall Islands v United Kingdom)',
      'Preliminary Objections',
      [2016, 10, 5],
      '833',
      '',
      'Obligations concerning Negotiations relating to Cessation of the Nuclear Arms Race and to Nuclear Disarmament (Marshall Islands v United Kingdom) (Preliminary Objections) [2016] ICJ Rep 833',
    ],
    [
      'Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v Serbia and Montenegro)',
      'Judgment',
      [2007, 2, 26],
      '43',
      'para 420',
      'Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v Serbia and Montenegro) (Judgment) [2007] ICJ Rep 43, para 420',
    ],
    [
      'Georgia v Russian Federation (CERD)',
      'Preliminary Objections',
      [2011, 4, 1],
      '70',
      '',
      'Georgia v Russian Federation (CERD) (Preliminary Objections) [2011] ICJ Rep 70',
    ],
  ])('ICJ: %s', (title, phase, issued, page, pinpoint, expected) => {
    const decision = icjCase('case', 'Case', title, phase, issued, page);
    const runs = formatFull(decision, pinpoint, 'oscola');
    expect(runsToPlainText(runs)).toBe(expected);
    expect(runs[0]).toEqual({ text: title, italic: true });
  });

  test('Nicaragua, both phases (the merits as a later report in `references`)', () => {
    const nicaragua = authority('nicaragua', 'case', 'Nicaragua', {
      title: 'Military and Paramilitary Activities in and against Nicaragua (Nicaragua v United States of America)',
      genre: 'Jurisdiction and Admissibility',
      issued: { 'date-parts': [[1984, 11, 26]] },
      'container-title': 'ICJ Rep',
      page: '392',
      references: '(Merits) [1986] ICJ Rep 14',
    });
    expect(oscola(nicaragua, '')).toBe(
      'Military and Paramilitary Activities in and against Nicaragua (Nicaragua v United States of America) (Jurisdiction and Admissibility) [1984] ICJ Rep 392; (Merits) [1986] ICJ Rep 14',
    );
  });

  test('the pact (signed, no treaty series) and an unreported ICJ judgment cited by date', () => {
    expect(oscola(pact, 'art 4')).toBe(
      "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea (signed 19 June 2024, entered into force 4 December 2024), art 4",
    );
    const genocide = authority('ukraine', 'case', 'Allegations of Genocide', {
      title:
        'Allegations of Genocide under the Convention on the Prevention and Punishment of the Crime of Genocide (Ukraine v Russian Federation)',
      genre: 'Preliminary Objections',
      authority: 'ICJ',
      issued: { 'date-parts': [[2024, 2, 2]] },
    });
    expect(oscola(genocide, '')).toBe(
      'Allegations of Genocide under the Convention on the Prevention and Punishment of the Crime of Genocide (Ukraine v Russian Federation) (Preliminary Objections) (ICJ, 2 February 2024)',
    );
  });

  test('subsequent references and ibid, in the conventions the file states', () => {
    expect(runsToPlainText(formatShort(namibia, 'para 12', 'oscola', 3))).toBe('Namibia (n 3) para 12');
    const sequencer = new FootnoteSequencer('oscola');
    const texts = [
      sequencer.next([{ authority: res1718, pinpoint: 'para 8(a)' }]),
      sequencer.next([{ authority: res1718, pinpoint: '' }]),
      sequencer.next([{ authority: res1718, pinpoint: 'para 9' }]),
    ].map(runsToPlainText);
    expect(texts).toEqual(['UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a).', 'ibid.', 'ibid para 9.']);
  });
});
