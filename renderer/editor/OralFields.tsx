import { DIFFICULTIES, type Difficulty, type OralSettings } from '../../app/model/oral';
import { KINDS_WITH_SPEAKER, type NodeKind } from '../../app/model/types';

interface OralNode {
  kind: NodeKind;
  speaker?: string | null;
  minutes?: number | null;
  difficulty?: Difficulty | null;
}

type OralPatch = { speaker?: string | null; minutes?: number | null; difficulty?: Difficulty | null };

/** A point's speaker and minutes (once the case has speakers), or a question's difficulty. */
export function OralFields({
  node,
  oral,
  onChange,
}: {
  node: OralNode;
  oral: OralSettings | undefined;
  onChange: (patch: OralPatch) => void;
}) {
  if (node.kind === 'question') {
    return (
      <label className="select-field">
        <span className="field-label">Difficulty</span>
        <select
          aria-label="Difficulty"
          value={node.difficulty ?? ''}
          onChange={(event) => onChange({ difficulty: (event.target.value || null) as Difficulty | null })}
        >
          <option value="">not set</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {difficulty}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const speakers = oral?.speakers ?? [];
  if (!KINDS_WITH_SPEAKER.includes(node.kind) || (speakers.length === 0 && !node.speaker)) return null;
  const known = speakers.some((speaker) => speaker.name === node.speaker);
  return (
    <>
      <label className="select-field">
        <span className="field-label">Speaker</span>
        <select
          aria-label="Speaker"
          value={node.speaker ?? ''}
          onChange={(event) => onChange({ speaker: event.target.value || null })}
        >
          <option value="">none</option>
          {!known && node.speaker && <option value={node.speaker}>{node.speaker} (not a speaker now)</option>}
          {speakers.map((speaker) => (
            <option key={speaker.name} value={speaker.name}>
              {speaker.name}
            </option>
          ))}
        </select>
      </label>
      <label className="select-field minutes-field">
        <span className="field-label">Minutes</span>
        <input
          aria-label="Minutes"
          type="number"
          min={0.5}
          max={600}
          step={0.5}
          key={`${node.minutes ?? ''}`}
          defaultValue={node.minutes ?? ''}
          onBlur={(event) => {
            const text = event.target.value.trim();
            const minutes = text === '' ? null : Number(text);
            if (minutes !== (node.minutes ?? null)) onChange({ minutes });
          }}
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        />
      </label>
    </>
  );
}
