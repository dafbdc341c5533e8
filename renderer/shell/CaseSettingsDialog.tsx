import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../app/api/handlers';
import { type CaseSide, type CitationStyle, PASSIM_THRESHOLD_RANGE } from '../../app/model/types';
import type { CaseStore } from '../state/caseStore';
import { ChoiceField, NumberField, SettingsForm, SettingsRow, TextField } from './SettingsForm';

/** The parts a moot's rules usually limit, in the memorial's order, with their ids in the export. */
const LIMITED_PARTS = [
  ['jurisdiction', 'Statement of Jurisdiction'],
  ['questions', 'Questions Presented'],
  ['facts', 'Statement of Facts'],
  ['summary', 'Summary of Pleadings'],
  ['pleadings', 'Pleadings'],
  ['relief', 'Prayer for Relief'],
] as const;
type LimitedPart = (typeof LIMITED_PARTS)[number][0];

type Update = MethodInput<'case-update'>;

type Name = 'title' | 'forum' | 'applicant' | 'respondent';

/** The case's names, with the longest text the case takes of each and an example. */
const NAMES: Record<Name, { label: string; maxLength: number; example: string }> = {
  title: { label: 'Case title', maxLength: 2000, example: 'Pulp Mills on the River Uruguay' },
  forum: { label: 'Forum', maxLength: 500, example: 'International Court of Justice' },
  applicant: { label: 'Applicant', maxLength: 500, example: 'Argentina' },
  respondent: { label: 'Respondent', maxLength: 500, example: 'Uruguay' },
};

const SIDES: [CaseSide, string][] = [
  ['applicant', 'Applicant'],
  ['respondent', 'Respondent'],
  ['both', 'Both (a moot team writing both memorials)'],
];
const CITATION_STYLES: [CitationStyle, string][] = [
  ['oscola', 'OSCOLA'],
  ['bluebook', 'Bluebook'],
];

/**
 * The thresholds of the demanding proof standards, one standard to a row: weights from 0 to 1. Each field is
 * labelled as it reads after the one before it, and named in full when it is refused.
 */
const THRESHOLDS = [
  [
    ['clearBase', 'Clear and convincing: support at least', 'Clear and convincing: support at least'],
    ['clearMargin', 'and ahead of the attack by', 'Clear and convincing: ahead of the attack by'],
  ],
  [
    ['doubtBase', 'Beyond reasonable doubt: support at least', 'Beyond reasonable doubt: support at least'],
    ['doubtMaxCon', 'with an attack of at most', 'Beyond reasonable doubt: an attack of at most'],
  ],
] as const;
type Threshold = (typeof THRESHOLDS)[number][number][0];
const FRACTION = { min: 0, max: 1, step: 0.05 };

type Draft = Record<Name | Threshold, string> & {
  side: CaseSide;
  citationStyle: CitationStyle;
  passimThreshold: string;
  wordLimits: Record<LimitedPart, string>;
};

function draftOf(info: NonNullable<ReturnType<CaseStore['getState']>['info']>): Draft {
  const limits = Object.fromEntries(
    LIMITED_PARTS.map(([part]) => [part, info.wordLimits[part] === undefined ? '' : String(info.wordLimits[part])]),
  ) as Record<LimitedPart, string>;
  const { clearAndConvincing, beyondReasonableDoubt } = info.thresholds;
  return {
    title: info.title,
    forum: info.forum,
    applicant: info.applicant,
    respondent: info.respondent,
    side: info.side,
    citationStyle: info.citationStyle,
    passimThreshold: String(info.passimThreshold),
    wordLimits: limits,
    clearBase: String(clearAndConvincing.base),
    clearMargin: String(clearAndConvincing.margin),
    doubtBase: String(beyondReasonableDoubt.base),
    doubtMaxCon: String(beyondReasonableDoubt.maxCon),
  };
}

/** A number typed in a field, or why it cannot be used. */
function readNumber(
  text: string,
  label: string,
  range: { min: number; max: number; whole?: boolean },
): number | { problem: string } {
  const value = Number(text.trim());
  const ok =
    text.trim() !== '' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.whole || Number.isInteger(value));
  if (ok) return value;
  const kind = range.whole ? 'a whole number' : 'a number';
  return { problem: `${label}: give ${kind} from ${range.min} to ${range.max.toLocaleString('en-GB')}.` };
}

/** The draft as the change the API takes, or the first field it cannot take, said in the field's words. */
function updateOf(draft: Draft): Update | { problem: string } {
  const wordLimits: Record<string, number> = {};
  for (const [part, label] of LIMITED_PARTS) {
    const text = draft.wordLimits[part];
    if (text.trim() === '') continue;
    const limit = readNumber(text, `Word limit of the ${label}`, { min: 1, max: 10_000_000, whole: true });
    if (typeof limit !== 'number') return { problem: `${limit.problem.slice(0, -1)} words, or leave it blank.` };
    wordLimits[part] = limit;
  }
  const passimThreshold = readNumber(draft.passimThreshold, '“Passim” from', {
    ...PASSIM_THRESHOLD_RANGE,
    whole: true,
  });
  if (typeof passimThreshold !== 'number') return passimThreshold;
  const weights: Partial<Record<Threshold, number>> = {};
  for (const [key, , name] of THRESHOLDS.flat()) {
    const weight = readNumber(draft[key], name, FRACTION);
    if (typeof weight !== 'number') return weight;
    weights[key] = weight;
  }
  const { clearBase, clearMargin, doubtBase, doubtMaxCon } = weights as Record<Threshold, number>;
  const names = Object.fromEntries(Object.keys(NAMES).map((key) => [key, draft[key as Name].trim()]));
  return {
    ...names,
    side: draft.side,
    citationStyle: draft.citationStyle,
    passimThreshold,
    wordLimits,
    thresholds: {
      clearAndConvincing: { base: clearBase, margin: clearMargin },
      beyondReasonableDoubt: { base: doubtBase, maxCon: doubtMaxCon },
    },
  };
}

/**
 * The case's settings: its title, forum and parties, whose case it is, the citation style, the moot's word limits,
 * from how many citations the Index of Authorities says "passim", and the thresholds of the demanding proof
 * standards. Saved as one undoable change; input the case cannot take is refused with its reason and changes nothing.
 */
export function CaseSettingsDialog({ store, onClose }: { store: CaseStore; onClose: () => void }) {
  const info = store.getState().info;
  const [draft, setDraft] = useState<Draft | undefined>(() => (info ? draftOf(info) : undefined));
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  if (!draft) return null;

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setLimit = (part: LimitedPart, value: string) =>
    setDraft({ ...draft, wordLimits: { ...draft.wordLimits, [part]: value } });
  const nameField = (key: Name, inputRef?: Ref<HTMLInputElement>) => (
    <TextField
      label={NAMES[key].label}
      value={draft[key]}
      maxLength={NAMES[key].maxLength}
      placeholder={`e.g. ${NAMES[key].example}`}
      inputRef={inputRef}
      onChange={(value) => set({ [key]: value })}
    />
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const update = updateOf(draft);
    if ('problem' in update) {
      setProblem(`Nothing was changed. ${update.problem}`);
      return;
    }
    setSaving(true);
    try {
      await store.attempt(() => store.api['case-update'](update));
      store.say('Case settings saved.');
      onClose();
    } catch (error) {
      setProblem(`Nothing was changed. ${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <SettingsForm
      label="Case settings"
      saveLabel="Save settings"
      saving={saving}
      problem={problem}
      onSave={(event) => void save(event)}
      onClose={onClose}
    >
      <fieldset>
        <legend>The case</legend>
        {nameField('title', first)}
        {nameField('forum')}
        <SettingsRow>
          {nameField('applicant')}
          {nameField('respondent')}
        </SettingsRow>
        <SettingsRow>
          <ChoiceField label="Our side" value={draft.side} choices={SIDES} onChange={(side) => set({ side })} />
          <ChoiceField
            label="Citation style"
            value={draft.citationStyle}
            choices={CITATION_STYLES}
            onChange={(citationStyle) => set({ citationStyle })}
          />
        </SettingsRow>
      </fieldset>
      <fieldset>
        <legend>Word limits (as this year's rules set them; leave blank for none)</legend>
        <SettingsRow className="settings-grid">
          {LIMITED_PARTS.map(([part, label]) => (
            <NumberField
              key={part}
              label={label}
              value={draft.wordLimits[part]}
              onChange={(value) => setLimit(part, value)}
              min={1}
              max={10_000_000}
              step={1}
              whole
              placeholder="No limit"
            />
          ))}
        </SettingsRow>
      </fieldset>
      <fieldset>
        <legend>Index of Authorities</legend>
        <NumberField
          label="“Passim” from this many citing places"
          value={draft.passimThreshold}
          onChange={(value) => set({ passimThreshold: value })}
          {...PASSIM_THRESHOLD_RANGE}
          step={1}
          whole
        />
        <p className="field-hint">
          An authority cited in this many footnotes or more is indexed as “passim” instead of listing every place.
        </p>
      </fieldset>
      <fieldset>
        <legend>Proof standards (support and attack weigh 0 to 1)</legend>
        {THRESHOLDS.map((row) => (
          <SettingsRow key={row[0][0]}>
            {row.map(([key, label]) => (
              <NumberField
                key={key}
                label={label}
                value={draft[key]}
                onChange={(value) => set({ [key]: value })}
                {...FRACTION}
              />
            ))}
          </SettingsRow>
        ))}
      </fieldset>
    </SettingsForm>
  );
}
