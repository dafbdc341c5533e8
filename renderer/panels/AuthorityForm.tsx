import { useState } from 'react';
import { AUTHORITY_TYPES, type Authority, type AuthorityType, type CslItem } from '../../app/model/types';

export interface AuthorityDraft {
  key: string;
  type: AuthorityType;
  short: string;
  csl: CslItem;
}

const TYPE_LABELS: Record<AuthorityType, string> = {
  treaty: 'Treaty',
  un_document: 'UN document',
  case: 'Judicial decision',
  legislation: 'Legislation',
  book: 'Book',
  article: 'Journal article',
  report: 'Report',
  webpage: 'Web page',
  other: 'Other',
};

const FIELDS: { name: keyof CslItem; label: string; placeholder: string }[] = [
  { name: 'title', label: 'Full title', placeholder: 'Charter of the United Nations' },
  { name: 'authority', label: 'Court or organ', placeholder: 'ICJ, UNSC, UNGA' },
  { name: 'number', label: 'Document symbol or number', placeholder: 'S/RES/1718' },
  { name: 'container-title', label: 'Series, reporter or journal', placeholder: 'UNTS, ICJ Rep' },
  { name: 'volume', label: 'Volume', placeholder: '729' },
  { name: 'page', label: 'First page', placeholder: '161' },
  { name: 'URL', label: 'Web address', placeholder: 'https://…' },
];

const dateText = (csl: CslItem) =>
  (csl.issued?.['date-parts']?.[0] ?? []).map((part) => String(part).padStart(2, '0')).join('-');

/** Adding or editing an authority: the fields a citation needs, written into its CSL-JSON. */
export function AuthorityForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: Authority;
  onSave: (draft: AuthorityDraft) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<AuthorityDraft>({
    key: initial?.key ?? '',
    type: initial?.type ?? 'treaty',
    short: initial?.short ?? '',
    csl: { ...(initial?.csl ?? {}) },
  });
  const [date, setDate] = useState(initial ? dateText(initial.csl) : '');
  const setField = (name: keyof CslItem, value: string) =>
    setDraft((current) => {
      const csl = { ...current.csl };
      if (value.trim() === '') delete csl[name];
      else csl[name] = value;
      return { ...current, csl };
    });

  return (
    <form
      className="authority-form"
      aria-label={initial ? 'Edit authority' : 'Add authority'}
      onSubmit={(event) => {
        event.preventDefault();
        const parts = date
          .split('-')
          .map(Number)
          .filter((part) => Number.isInteger(part) && part > 0);
        const csl = { ...draft.csl };
        if (parts.length > 0) csl.issued = { 'date-parts': [parts] };
        else delete csl.issued;
        onSave({ ...draft, csl });
      }}
    >
      <label>
        <span className="field-label">Key</span>
        <input
          aria-label="Key"
          required
          value={draft.key}
          pattern="[A-Za-z0-9_][A-Za-z0-9_:.\-/]*"
          placeholder="res1718"
          onChange={(event) => setDraft({ ...draft, key: event.target.value })}
        />
      </label>
      <label>
        <span className="field-label">Type</span>
        <select
          aria-label="Type"
          value={draft.type}
          onChange={(event) => setDraft({ ...draft, type: event.target.value as AuthorityType })}
        >
          {AUTHORITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="field-label">Short title</span>
        <input
          aria-label="Short title"
          value={draft.short}
          placeholder="UN Charter"
          onChange={(event) => setDraft({ ...draft, short: event.target.value })}
        />
      </label>
      {FIELDS.map((field) => (
        <label key={field.name}>
          <span className="field-label">{field.label}</span>
          <input
            aria-label={field.label}
            value={String(draft.csl[field.name] ?? '')}
            placeholder={field.placeholder}
            onChange={(event) => setField(field.name, event.target.value)}
          />
        </label>
      ))}
      <label>
        <span className="field-label">Date (YYYY-MM-DD)</span>
        <input
          aria-label="Date"
          value={date}
          placeholder="2006-10-14"
          pattern="\d{4}(-\d{1,2}(-\d{1,2})?)?"
          onChange={(event) => setDate(event.target.value)}
        />
      </label>
      <div className="form-buttons">
        <button type="submit" className="primary">
          {initial ? 'Save authority' : 'Add authority'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export { TYPE_LABELS };
