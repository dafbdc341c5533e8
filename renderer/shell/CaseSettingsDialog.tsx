import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../app/api/handlers';
import { type CaseSide, type CitationStyle, PASSIM_THRESHOLD_RANGE } from '../../app/model/types';
import type { CaseStore } from '../state/caseStore';
import { NumberField, SettingsField, SettingsForm, SettingsRow } from './SettingsForm';

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

/** A support or attack threshold: a weight from 0 to 1. */
const FRACTION = { min: 0, max: 1, step: 0.05 };

interface Draft {
  title: string;
  forum: string;
  applicant: string;
  respondent: string;
  side: CaseSide;
  citationStyle: CitationStyle;
  passimThreshold: string;
  wordLimits: Record<LimitedPart, string>;
  clearBase: string;
  clearMargin: string;
  doubtBase: string;
  doubtMaxCon: string;
}

function draftOf(info: NonNullable<ReturnType<CaseStore['getState']>['info']>): Draft {
  const limits = Object.fromEntries(
    LIMITED_PARTS.map(([part]) => [part, info.wordLimits[part] === undefined ? '' : String(info.wordLimits[part])]),
  ) as Record<LimitedPart, string>;
  return {
    title: info.title,
    forum: info.forum,
    applicant: info.applicant,
    respondent: info.respondent,
    side: info.side,
    citationStyle: info.citationStyle,
    passimThreshold: String(info.passimThreshold),
    wordLimits: limits,
    clearBase: String(info.thresholds.clearAndConvincing.base),
    clearMargin: String(info.thresholds.clearAndConvincing.margin),
    doubtBase: String(info.thresholds.beyondReasonableDoubt.base),
    doubtMaxCon: String(info.thresholds.beyondReasonableDoubt.maxCon),
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
  const fields = [
    readNumber(draft.passimThreshold, '“Passim” from', { ...PASSIM_THRESHOLD_RANGE, whole: true }),
    readNumber(draft.clearBase, 'Clear and convincing: support at least', { min: 0, max: 1 }),
    readNumber(draft.clearMargin, 'Clear and convincing: ahead of the attack by', { min: 0, max: 1 }),
    readNumber(draft.doubtBase, 'Beyond reasonable doubt: support at least', { min: 0, max: 1 }),
    readNumber(draft.doubtMaxCon, 'Beyond reasonable doubt: an attack of at most', { min: 0, max: 1 }),
  ];
  const problem = fields.find((field) => typeof field !== 'number');
  if (problem) return problem as { problem: string };
  const [passimThreshold, clearBase, clearMargin, doubtBase, doubtMaxCon] = fields as number[];
  return {
    title: draft.title.trim(),
    forum: draft.forum.trim(),
    applicant: draft.applicant.trim(),
    respondent: draft.respondent.trim(),
    side: draft.side,
    citationStyle: draft.citationStyle,
    passimThreshold: passimThreshold!,
    wordLimits,
    thresholds: {
      clearAndConvincing: { base: clearBase!, margin: clearMargin! },
      beyondReasonableDoubt: { base: doubtBase!, maxCon: doubtMaxCon! },
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
        <SettingsField label="Case title">
          <input
            aria-label="Case title"
            ref={first}
            value={draft.title}
            maxLength={2000}
            placeholder="e.g. Pulp Mills on the River Uruguay"
            onChange={(event) => set({ title: event.target.value })}
          />
        </SettingsField>
        <SettingsField label="Forum">
          <input
            aria-label="Forum"
            value={draft.forum}
            maxLength={500}
            placeholder="e.g. International Court of Justice"
            onChange={(event) => set({ forum: event.target.value })}
          />
        </SettingsField>
        <SettingsRow>
          <SettingsField label="Applicant">
            <input
              aria-label="Applicant"
              value={draft.applicant}
              maxLength={500}
              placeholder="e.g. Argentina"
              onChange={(event) => set({ applicant: event.target.value })}
            />
          </SettingsField>
          <SettingsField label="Respondent">
            <input
              aria-label="Respondent"
              value={draft.respondent}
              maxLength={500}
              placeholder="e.g. Uruguay"
              onChange={(event) => set({ respondent: event.target.value })}
            />
          </SettingsField>
        </SettingsRow>
        <SettingsRow>
          <SettingsField label="Our side">
            <select
              aria-label="Our side"
              value={draft.side}
              onChange={(event) => set({ side: event.target.value as CaseSide })}
            >
              <option value="applicant">Applicant</option>
              <option value="respondent">Respondent</option>
              <option value="both">Both (a moot team writing both memorials)</option>
            </select>
          </SettingsField>
          <SettingsField label="Citation style">
            <select
              aria-label="Citation style"
              value={draft.citationStyle}
              onChange={(event) => set({ citationStyle: event.target.value as CitationStyle })}
            >
              <option value="oscola">OSCOLA</option>
              <option value="bluebook">Bluebook</option>
            </select>
          </SettingsField>
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
        <SettingsRow>
          <NumberField
            label="Clear and convincing: support at least"
            value={draft.clearBase}
            onChange={(value) => set({ clearBase: value })}
            {...FRACTION}
          />
          <NumberField
            label="and ahead of the attack by"
            value={draft.clearMargin}
            onChange={(value) => set({ clearMargin: value })}
            {...FRACTION}
          />
        </SettingsRow>
        <SettingsRow>
          <NumberField
            label="Beyond reasonable doubt: support at least"
            value={draft.doubtBase}
            onChange={(value) => set({ doubtBase: value })}
            {...FRACTION}
          />
          <NumberField
            label="with an attack of at most"
            value={draft.doubtMaxCon}
            onChange={(value) => set({ doubtMaxCon: value })}
            {...FRACTION}
          />
        </SettingsRow>
      </fieldset>
    </SettingsForm>
  );
}
