import { type FormEvent, useState } from 'react';
import {
  formatDepartures,
  ORAL_FORMATS,
  type OralFormat,
  type OralSettings,
  oralPreset,
  sideMinutes,
} from '../../app/model/oral';
import { SIDES, type Side } from '../../app/model/types';
import { NumberField, SettingsField, SettingsForm, SettingsRow } from '../shell/SettingsForm';
import type { CaseStore } from '../state/caseStore';

const FORMAT_LABELS: Record<OralFormat, string> = {
  international: 'International moot (45 minutes a side)',
  appellate: '20-minute appellate round',
  custom: 'Custom',
};

interface SpeakerDraft {
  /** The name saved in the case, for a speaker who was there when the dialog opened. */
  saved: string | null;
  name: string;
  side: Side;
  minutes: string;
}

/** The oral-argument settings: a preset or custom speakers with their minutes, the reply rounds and the time cards. */
export function OralSettingsDialog({ store, onClose }: { store: CaseStore; onClose: () => void }) {
  const info = store.getState().info!;
  const [format, setFormat] = useState<OralFormat>(info.oral.format);
  const [speakers, setSpeakers] = useState<SpeakerDraft[]>(() => draftSpeakers(info.oral));
  const [rebuttal, setRebuttal] = useState(String(info.oral.rebuttalMinutes));
  const [surRebuttal, setSurRebuttal] = useState(String(info.oral.surRebuttalMinutes));
  const [cards, setCards] = useState(info.oral.timeCards.join(', '));
  const [problem, setProblem] = useState<string | undefined>();

  const choosePreset = (next: OralFormat) => {
    setFormat(next);
    if (next === 'custom') return;
    const preset = oralPreset(next, info.applicant, info.respondent);
    setSpeakers(draftSpeakers(preset).map((speaker) => ({ ...speaker, saved: null })));
    setRebuttal(String(preset.rebuttalMinutes));
    setSurRebuttal(String(preset.surRebuttalMinutes));
    setCards(preset.timeCards.join(', '));
  };
  const setSpeaker = (index: number, patch: Partial<SpeakerDraft>) =>
    setSpeakers(speakers.map((speaker, at) => (at === index ? { ...speaker, ...patch } : speaker)));

  /** The settings as the form stands. */
  const draft = (): OralSettings => ({
    format,
    speakers: speakers.map((speaker) => ({
      name: speaker.name.trim(),
      side: speaker.side,
      minutes: Number(speaker.minutes),
    })),
    rebuttalMinutes: Number(rebuttal),
    surRebuttalMinutes: Number(surRebuttal),
    timeCards: cards
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number),
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const oral = draft();
    const renamedSpeakers = speakers
      .filter((speaker) => speaker.saved !== null && speaker.saved !== speaker.name.trim())
      .map((speaker) => ({ from: speaker.saved!, to: speaker.name.trim() }));
    try {
      await store.attempt(() => store.api['case-update']({ oral, renamedSpeakers }));
      store.say('Speakers and time saved.');
      onClose();
    } catch (error) {
      setProblem(`Nothing was changed. ${(error as Error).message}`);
    }
  };

  const shown = draft();
  const counted: OralSettings = {
    ...shown,
    speakers: shown.speakers.map((speaker) => ({ ...speaker, minutes: speaker.minutes || 0 })),
    rebuttalMinutes: shown.rebuttalMinutes || 0,
    surRebuttalMinutes: shown.surRebuttalMinutes || 0,
  };
  const total = (side: Side) => sideMinutes(counted, side);
  const departures = formatDepartures(counted);

  return (
    <SettingsForm
      label="Speakers and time"
      saveLabel="Save speakers and time"
      problem={problem}
      onSave={(event) => void save(event)}
      onClose={onClose}
    >
      <SettingsField label="Format">
        <select aria-label="Format" value={format} onChange={(event) => choosePreset(event.target.value as OralFormat)}>
          {ORAL_FORMATS.map((option) => (
            <option key={option} value={option}>
              {FORMAT_LABELS[option]}
            </option>
          ))}
        </select>
      </SettingsField>
      {departures.length > 0 && (
        <section className="oral-departures" aria-label="Departures from the format">
          <p>These settings depart from the {FORMAT_LABELS[format].replace(/ \(.*\)$/, '')} format:</p>
          <ul>
            {departures.map((departure) => (
              <li key={departure}>{departure}</li>
            ))}
          </ul>
        </section>
      )}
      <fieldset>
        <legend>
          Speakers (applicant {total('applicant')} min, respondent {total('respondent')} min with replies)
        </legend>
        {speakers.map((speaker, index) => (
          <SettingsRow className="oral-speaker" key={index}>
            <input
              aria-label={`Speaker ${index + 1} name`}
              value={speaker.name}
              maxLength={200}
              onChange={(event) => setSpeaker(index, { name: event.target.value })}
            />
            <select
              aria-label={`Speaker ${index + 1} side`}
              value={speaker.side}
              onChange={(event) => setSpeaker(index, { side: event.target.value as Side })}
            >
              {SIDES.map((side) => (
                <option key={side} value={side}>
                  {side === 'applicant' ? 'Applicant' : 'Respondent'}
                </option>
              ))}
            </select>
            <input
              aria-label={`Speaker ${index + 1} minutes`}
              type="number"
              inputMode="decimal"
              min={0.5}
              max={600}
              step={0.5}
              value={speaker.minutes}
              onChange={(event) => setSpeaker(index, { minutes: event.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove speaker ${index + 1}`}
              onClick={() => setSpeakers(speakers.filter((_, at) => at !== index))}
            >
              ×
            </button>
          </SettingsRow>
        ))}
        <button
          type="button"
          onClick={() => {
            setFormat('custom');
            setSpeakers([...speakers, { saved: null, name: '', side: 'applicant', minutes: '15' }]);
          }}
        >
          Add speaker
        </button>
      </fieldset>
      <SettingsRow>
        <NumberField label="Rebuttal minutes" value={rebuttal} onChange={setRebuttal} min={0} max={60} step={0.5} />
        <NumberField
          label="Sur-rebuttal minutes"
          value={surRebuttal}
          onChange={setSurRebuttal}
          min={0}
          max={60}
          step={0.5}
        />
      </SettingsRow>
      <SettingsField label="Time cards (minutes left, largest first)">
        <input
          aria-label="Time cards"
          value={cards}
          placeholder="10, 5, 3, 1"
          onChange={(event) => setCards(event.target.value)}
        />
      </SettingsField>
    </SettingsForm>
  );
}

function draftSpeakers(oral: OralSettings): SpeakerDraft[] {
  return oral.speakers.map((speaker) => ({ ...speaker, saved: speaker.name, minutes: String(speaker.minutes) }));
}
