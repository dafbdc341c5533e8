import { describe, expect, test } from 'vitest';
import { type CitableAuthority, type CitationRun, FootnoteSequencer, runsToPlainText } from '../../app/cite';
import type { CitationStyle } from '../../app/model/types';
import { crawford, namibia, npt, res1718 } from './authorities';

type Note = [CitableAuthority, string][];

/** Runs a document's footnotes through a sequencer and returns them as plain text and as runs. */
function footnotes(style: CitationStyle, notes: Note[]): { texts: string[]; runs: CitationRun[][] } {
  const sequencer = new FootnoteSequencer(style);
  const runs = notes.map((note) => sequencer.next(note.map(([authority, pinpoint]) => ({ authority, pinpoint }))));
  return { texts: runs.map(runsToPlainText), runs };
}

const DOCUMENT: Note[] = [
  [[res1718, 'para 8(a)']],
  [[res1718, 'para 9']],
  [[res1718, '']],
  [[namibia, 'paras 113–14']],
  [
    [npt, 'art I'],
    [res1718, 'para 8(b)'],
  ],
  [[res1718, 'para 12']],
  [[namibia, 'para 12']],
  [[namibia, 'para 12']],
  [[crawford, '45']],
  [[crawford, '46']],
  [[npt, 'art X']],
];

describe('FootnoteSequencer', () => {
  test('OSCOLA: full, ibid, short with (n X), multi-citation notes', () => {
    const { texts, runs } = footnotes('oscola', DOCUMENT);
    expect(texts).toEqual([
      'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a).',
      'ibid para 9.',
      'ibid.',
      'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970) (Advisory Opinion) [1971] ICJ Rep 16, paras 113–14.',
      'Treaty on the Non-Proliferation of Nuclear Weapons (opened for signature 1 July 1968, entered into force 5 March 1970) 729 UNTS 161, art I; SC Res 1718 (n 1) para 8(b).',
      'SC Res 1718 (n 1) para 12.',
      'Namibia (n 4) para 12.',
      'ibid para 12.',
      'James Crawford, State Responsibility: The General Part (CUP 2013) 45.',
      'ibid 46.',
      'NPT (n 5) art X.',
    ]);
    expect(runs[1]).toEqual([{ text: 'ibid para 9.' }]);
    expect(runs[6]).toEqual([{ text: 'Namibia', italic: true }, { text: ' (n 4) para 12.' }]);
  });

  test('Bluebook: Id. in italics, supra note, case short forms', () => {
    const { texts, runs } = footnotes('bluebook', DOCUMENT);
    expect(texts).toEqual([
      'S.C. Res. 1718, ¶ 8(a) (Oct. 14, 2006).',
      'Id. ¶ 9.',
      'Id.',
      'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970), Advisory Opinion, 1971 I.C.J. 16, ¶¶ 113–14 (June 21).',
      'Treaty on the Non-Proliferation of Nuclear Weapons art. I, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161; SC Res 1718, supra note 1, ¶ 8(b).',
      'SC Res 1718, supra note 1, ¶ 12.',
      'Namibia, 1971 I.C.J. ¶ 12.',
      'Id. ¶ 12.',
      'James Crawford, State Responsibility: The General Part 45 (2013).',
      'Id. at 46.',
      'NPT, supra note 5, art. X.',
    ]);
    expect(runs[1]).toEqual([{ text: 'Id.', italic: true }, { text: ' ¶ 9.' }]);
    expect(runs[2]).toEqual([{ text: 'Id.', italic: true }]);
  });

  test('no ibid after a note with several citations, nor into a note with several', () => {
    const { texts } = footnotes('oscola', [
      [
        [npt, ''],
        [res1718, ''],
      ],
      [[res1718, 'para 3']],
      [
        [res1718, 'para 4'],
        [npt, 'art II'],
      ],
    ]);
    expect(texts[1]).toBe('SC Res 1718 (n 1) para 3.');
    expect(texts[2]).toBe('SC Res 1718 (n 1) para 4; NPT (n 1) art II.');
  });

  test('the same authority twice in one note is cited once, with both pinpoints, never "(n 1)" inside note 1', () => {
    const { texts } = footnotes('oscola', [
      [
        [namibia, 'para 195'],
        [npt, 'art I'],
        [namibia, 'para 199'],
      ],
      [
        [crawford, '1'],
        [crawford, '2'],
      ],
      [
        [crawford, 'ch 4'],
        [crawford, 'Annex 2'],
      ],
    ]);
    expect(texts[0]).toMatch(/ICJ Rep 16, paras 195, 199; Treaty on the Non-Proliferation of Nuclear Weapons .*\.$/);
    expect(texts[0]).not.toContain('(n 1)');
    expect(texts[1]).toBe('James Crawford, State Responsibility: The General Part (CUP 2013) 1, 2.');
    expect(texts[2]).toBe('ibid ch 4, Annex 2.');
    const bluebook = footnotes('bluebook', [
      [
        [namibia, 'para 195'],
        [namibia, 'para 199'],
      ],
    ]);
    expect(bluebook.texts[0]).toContain('¶¶ 195, 199');
    expect(bluebook.texts[0]).not.toContain('supra');
  });

  test('an empty note produces no text and breaks an ibid chain', () => {
    const sequencer = new FootnoteSequencer('oscola');
    sequencer.next([{ authority: crawford, pinpoint: '' }]);
    expect(sequencer.next([])).toEqual([]);
    expect(runsToPlainText(sequencer.next([{ authority: crawford, pinpoint: '9' }]))).toBe('Crawford (n 1) 9.');
    expect(sequencer.currentNote).toBe(3);
  });
});
