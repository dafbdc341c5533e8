import { useEffect, useState } from 'react';
import {
  type FieldSpec,
  fieldApplies,
  NODE_FIELD_NAMES,
  NODE_FIELDS,
  type NodeFields,
} from '../../app/model/nodeFields';
import type { OralSettings } from '../../app/model/oral';
import type { NodeKind } from '../../app/model/types';
import { kindLabel } from '../outline/kindIcons';
import { OralFields } from './OralFields';

type Patch = Partial<NodeFields>;

/** The oral argument's fields, which OralFields shows together (a speaker is chosen among the case's speakers). */
const ORAL_FIELDS = new Set<keyof NodeFields>(['speaker', 'minutes', 'difficulty']);

const words = (value: string) => value.replace(/_/g, ' ');

/** How the editor names a choice's value ('' is the empty choice). */
function choiceLabel(name: keyof NodeFields, value: string): string {
  switch (name) {
    case 'kind':
      return kindLabel(value as NodeKind);
    case 'side':
      return value ? kindLabel(value as NodeKind) : 'Inherited';
    case 'mode':
      if (value === 'any') return 'Any one ground (alternative)';
      return value === 'all' ? 'Every element (cumulative)' : 'Every element (default)';
    case 'standard':
      return value ? words(value) : 'preponderance (default)';
    default:
      return value ? words(value) : 'not set';
  }
}

/**
 * The node's fields below its title, one control per field of the declaration that applies to its kind: a list for
 * a choice, a check box for a flag, a comma-separated box for a list. The title has its own field above.
 */
export function NodeFieldList({
  node,
  oral,
  onChange,
}: {
  node: NodeFields;
  oral: OralSettings | undefined;
  onChange: (patch: Patch) => void;
}) {
  const shown = NODE_FIELD_NAMES.filter((name) => name !== 'title' && fieldApplies(name, node.kind));
  const firstOral = shown.find((name) => ORAL_FIELDS.has(name));
  return (
    <div className="fields">
      {shown.map((name) => {
        if (ORAL_FIELDS.has(name)) {
          return name === firstOral ? <OralFields key="oral" node={node} oral={oral} onChange={onChange} /> : null;
        }
        const spec: FieldSpec = NODE_FIELDS[name];
        const value = node[name];
        if (spec.type === 'choice') {
          return (
            <Select
              key={name}
              label={spec.label}
              value={(value as string | null) ?? ''}
              options={spec.nullable ? ['', ...spec.values] : spec.values}
              format={(option) => choiceLabel(name, option)}
              onChange={(option) => onChange({ [name]: option === '' ? null : option })}
            />
          );
        }
        if (spec.type === 'flag') {
          return (
            <label key={name} className="check-field">
              <input
                type="checkbox"
                checked={value as boolean}
                onChange={(event) => onChange({ [name]: event.target.checked })}
              />
              {spec.label}
            </label>
          );
        }
        if (spec.type === 'list') {
          return (
            <ListField
              key={name}
              label={spec.label}
              items={value as string[]}
              onChange={(items) => onChange({ [name]: items })}
            />
          );
        }
        if (spec.type === 'number') {
          return (
            <TypedField
              key={name}
              label={spec.label}
              type="number"
              value={value === null ? '' : String(value)}
              onChange={(text) => onChange({ [name]: text === '' ? null : Number(text) })}
            />
          );
        }
        return (
          <TypedField
            key={name}
            label={spec.label}
            type="text"
            value={(value as string | null) ?? ''}
            onChange={(text) => onChange({ [name]: text === '' && spec.nullable ? null : text })}
          />
        );
      })}
    </div>
  );
}

function Select({
  label,
  value,
  options,
  format,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly string[];
  format: (value: string) => string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="select-field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {format(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A line of text or a number, saved when the box loses the focus or on Enter (an empty box clears it). */
function TypedField({
  label,
  type,
  value,
  onChange,
}: {
  label: string;
  type: 'text' | 'number';
  value: string;
  onChange: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const next = text.trim();
    if (next !== value) onChange(next);
  };
  return (
    <label className="select-field">
      <span className="field-label">{label}</span>
      <input
        aria-label={label}
        type={type}
        step={type === 'number' ? 'any' : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** Comma-separated items (tags), saved when the box loses the focus or on Enter. */
function ListField({
  label,
  items,
  onChange,
}: {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(items.join(', '));
  useEffect(() => setText(items.join(', ')), [items]);
  const commit = () => {
    const next = [
      ...new Set(
        text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ];
    if (next.join(',') !== items.join(',')) onChange(next);
  };
  return (
    <label className="select-field tags-field">
      <span className="field-label">{label}</span>
      <input
        aria-label={label}
        value={text}
        placeholder="comma, separated"
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}
