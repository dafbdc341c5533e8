import { useEffect, useId, useRef, useState } from 'react';
import { parseCitation, readDate } from '../../app/cite/parseCitation';
import { proposeKey } from '../../app/cite/proposeKey';
import {
  AUTHORITY_KEY_HTML_PATTERN,
  AUTHORITY_KEY_MAX_LENGTH,
  AUTHORITY_KEY_PATTERN,
  AUTHORITY_KEY_RULE,
} from '../../app/model/authorityKey';
import {
  AUTHORITY_TYPES,
  type Authority,
  type AuthorityType,
  type CslDate,
  type CslItem,
  type CslName,
} from '../../app/model/types';
import { FormButtons } from '../shell/FormButtons';
import {
  AUTHORITY_FIELDS,
  type AuthorityField,
  FORM_FIELDS,
  KEY_PLACEHOLDERS,
  SHORT_PLACEHOLDERS,
  TYPE_LABELS,
} from './authorityFields';
import type { AuthorityProposal } from './authorityRequest';

export interface AuthorityDraft {
  key: string;
  type: AuthorityType;
  short: string;
  csl: CslItem;
}

const DATE_PATTERN = String.raw`\d{4}(-\d{1,2}(-\d{1,2})?)?`;

const PASTE_EXAMPLES: Record<AuthorityType, string> = {
  case: 'Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14',
  treaty:
    'Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) 1155 UNTS 331',
  un_document: 'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718',
  legislation: 'Human Rights Act 1998',
  book: 'James Crawford, Brownlie’s Principles of Public International Law (9th edn, OUP 2019)',
  article: 'James Crawford, ‘The ILC’s Articles on State Responsibility’ (2002) 96 AJIL 874',
  report: 'International Law Commission, ‘Fragmentation of International Law’ (2006) UN Doc A/CN.4/L.682',
  webpage: 'ICJ, ‘Latest developments’ (ICJ, 3 May 2024) <https://www.icj-cij.org/latest> accessed 5 May 2024',
  other: 'A full citation of the source',
};

function dateText(value: unknown): string {
  const date = value as CslDate | undefined;
  const parts = date?.['date-parts']?.[0];
  if (parts && parts.length > 0)
    return parts.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
  return date?.literal ?? date?.raw ?? '';
}

function namesText(value: unknown): string {
  const names = Array.isArray(value) ? (value as CslName[]) : [];
  return names
    .map((name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');
}

function readNames(text: string): CslName[] {
  return text
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const comma = name.indexOf(',');
      if (comma < 0) return { literal: name };
      return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
    });
}

function shownText(field: AuthorityField, csl: CslItem): string {
  const value = csl[field.csl];
  if (field.kind === 'date') return dateText(value);
  if (field.kind === 'names') return namesText(value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Why a key cannot be saved, in words the user can act on; empty when it can. */
function keyProblem(key: string, taken: ReadonlySet<string>): string {
  if (key === '') return '';
  if (/\s/.test(key)) return `A key has no spaces: ${AUTHORITY_KEY_RULE}.`;
  if (!AUTHORITY_KEY_PATTERN.test(key)) return `A key holds ${AUTHORITY_KEY_RULE}.`;
  if (taken.has(key)) return `Another authority has the key “${key}”: choose another.`;
  return '';
}

/**
 * Adding or editing an authority: the fields a citation of its type needs (a case's court and reporter, a treaty's
 * dates and series, a UN document's organ and symbol…) written into its CSL-JSON; a key proposed from what is typed,
 * with how it was made; and a box where a full citation pasted fills in what can be read from it.
 */
export function AuthorityForm({
  initial,
  proposal,
  existingKeys,
  onSave,
  onCancel,
}: {
  initial?: Authority;
  proposal?: AuthorityProposal;
  /** The keys of the case's authorities (a new key must differ from all but the one being edited). */
  existingKeys: readonly string[];
  /** Saves the draft; resolves with the reason when it was not saved. */
  onSave: (draft: AuthorityDraft) => Promise<string | undefined> | undefined;
  onCancel: () => void;
}) {
  const [type, setType] = useState<AuthorityType>(initial?.type ?? 'case');
  const [csl, setCsl] = useState<CslItem>(() => ({
    ...(initial?.csl ?? {}),
    ...(proposal?.title ? { title: proposal.title } : {}),
  }));
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [short, setShort] = useState(initial?.short ?? '');
  /** The key typed, or undefined while the form proposes one. */
  const [typedKey, setTypedKey] = useState<string | undefined>(initial?.key ?? proposal?.key);
  const [pasted, setPasted] = useState('');
  const [reading, setReading] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const keyRef = useRef<HTMLInputElement>(null);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const taken = new Set(existingKeys.filter((key) => key !== initial?.key));
  const proposed = proposeKey(type, csl, taken);
  const key = typedKey ?? proposed.key;
  const problemOfKey = keyProblem(key, taken);
  const fields = AUTHORITY_FIELDS[type];

  useEffect(() => keyRef.current?.setCustomValidity(problemOfKey), [problemOfKey]);
  useEffect(() => firstRef.current?.focus(), []);

  const keyNote = initial
    ? typedKey !== initial.key
      ? 'Changing the key rewrites every citation of this authority.'
      : `You cite it as [@${key}, pinpoint].`
    : typedKey !== undefined && typedKey === proposal?.key
      ? `The key your citation uses: once added, [@${key}] finds this authority.`
      : typedKey === undefined && proposed.key !== ''
        ? `${proposed.reason}. You cite it as [@${key}, pinpoint]; change it if you like.`
        : typedKey === undefined
          ? 'Proposed from the title once you type it; or type your own.'
          : `You cite it as [@${key || 'key'}, pinpoint].`;

  const setField = (field: AuthorityField, value: string) => {
    if (field.kind !== 'text') setTexts((current) => ({ ...current, [field.csl]: value }));
    setCsl((current) => {
      const next = { ...current };
      if (value.trim() === '') delete next[field.csl];
      else if (field.kind === 'date') {
        const parts = readDate(value);
        if (parts) next[field.csl] = { 'date-parts': [parts] };
      } else if (field.kind === 'names') next[field.csl] = readNames(value);
      else next[field.csl] = value;
      return next;
    });
  };

  const readPasted = (text: string) => {
    const read = parseCitation(text);
    if (!read) {
      setReading('Nothing could be read from that as a citation: fill in the fields below.');
      return;
    }
    setType(read.type);
    setCsl((current) => ({ ...current, ...read.csl }));
    setTexts((current) => {
      const next = { ...current };
      for (const field of Object.keys(read.csl)) delete next[field];
      return next;
    });
    const filled = AUTHORITY_FIELDS[read.type]
      .filter((field) => read.csl[field.csl] !== undefined)
      .map((field) => field.label.replace(/ \(.*\)$/, '').toLowerCase());
    setReading(
      `Read as ${TYPE_LABELS[read.type].toLowerCase()}: ${filled.join(', ')}. Check them below.` +
        (read.pinpoint ? ` The pinpoint “${read.pinpoint}” belongs in each citation, not here.` : ''),
    );
  };

  const cslToSave = (): CslItem => {
    const out: CslItem = { ...csl };
    const shown = new Set(fields.map((field) => field.csl));
    for (const field of FORM_FIELDS) {
      if (shown.has(field)) continue;
      const kept = initial !== undefined && field in initial.csl && out[field] === initial.csl[field];
      if (!kept) delete out[field];
    }
    return out;
  };

  return (
    <form
      className="authority-form"
      aria-label={initial ? 'Edit authority' : 'Add authority'}
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(undefined);
        const reason = await onSave({ key, type, short: short.trim(), csl: cslToSave() });
        if (reason) setProblem(reason);
      }}
    >
      <label>
        <span className="field-label">Paste a full citation to fill in the fields</span>
        <textarea
          ref={firstRef}
          aria-label="Paste a full citation"
          rows={2}
          value={pasted}
          placeholder={PASTE_EXAMPLES[type]}
          onChange={(event) => setPasted(event.target.value)}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text/plain');
            if (text.trim() !== '') readPasted(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              if (pasted.trim() !== '') readPasted(pasted);
            }
          }}
        />
      </label>
      {reading && (
        <p className="form-note" role="status">
          {reading}
        </p>
      )}
      <label>
        <span className="field-label">Type</span>
        <select aria-label="Type" value={type} onChange={(event) => setType(event.target.value as AuthorityType)}>
          {AUTHORITY_TYPES.map((option) => (
            <option key={option} value={option}>
              {TYPE_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      {fields.map((field) => (
        <label key={`${type}-${field.csl}`}>
          <span className="field-label">{field.label}</span>
          <input
            aria-label={field.label}
            value={texts[field.csl] ?? shownText(field, csl)}
            placeholder={field.kind === 'date' ? `${field.placeholder} (YYYY-MM-DD, or the year)` : field.placeholder}
            pattern={field.kind === 'date' ? DATE_PATTERN : undefined}
            title={field.kind === 'date' ? 'A date as YYYY-MM-DD, YYYY-MM or the year alone' : undefined}
            onChange={(event) => setField(field, event.target.value)}
          />
        </label>
      ))}
      <label>
        <span className="field-label">Short title (after the first citation)</span>
        <input
          aria-label="Short title"
          value={short}
          placeholder={SHORT_PLACEHOLDERS[type]}
          onChange={(event) => setShort(event.target.value)}
        />
      </label>
      <label>
        <span className="field-label">Key</span>
        <input
          ref={keyRef}
          aria-label="Key"
          aria-describedby={`${id}-key-note`}
          required
          maxLength={AUTHORITY_KEY_MAX_LENGTH}
          pattern={AUTHORITY_KEY_HTML_PATTERN}
          value={key}
          placeholder={KEY_PLACEHOLDERS[type]}
          onChange={(event) => setTypedKey(event.target.value)}
        />
      </label>
      <p id={`${id}-key-note`} className={problemOfKey ? 'form-note form-problem' : 'form-note'}>
        {problemOfKey || keyNote}
      </p>
      {problem && (
        <p className="form-note form-problem" role="alert">
          {problem}
        </p>
      )}
      <FormButtons submit={initial ? 'Save authority' : 'Add authority'} onCancel={onCancel} />
    </form>
  );
}

export { TYPE_LABELS };
