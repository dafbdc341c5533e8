import type { Side } from './types';

/** The formats whose oral-argument settings Casewright can fill in. */
export const ORAL_FORMATS = ['international', 'appellate', 'custom'] as const;
export type OralFormat = (typeof ORAL_FORMATS)[number];

/** How hard a bench question is to answer. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** One speaker of a side and the minutes they argue for (rebuttal apart). */
export interface Speaker {
  name: string;
  side: Side;
  minutes: number;
}

/** How the oral round is timed: who speaks for how long, the reply rounds, and the time cards the clock shows. */
export interface OralSettings {
  format: OralFormat;
  speakers: Speaker[];
  /** The applicant's reply, in minutes (0: none). */
  rebuttalMinutes: number;
  /** The respondent's answer to the reply, in minutes (0: none). */
  surRebuttalMinutes: number;
  /** Minutes left at which the clock shows a card, largest first; the last is red, the one before it amber. */
  timeCards: number[];
}

/** A case without oral-argument settings: no speakers, so no oral findings. */
export const NO_ORAL_SETTINGS: OralSettings = {
  format: 'custom',
  speakers: [],
  rebuttalMinutes: 0,
  surRebuttalMinutes: 0,
  timeCards: [10, 7, 5, 3, 1],
};

/**
 * The settings of a format, with the speakers named after the parties: an international moot (45 minutes a side, two
 * speakers, rebuttal and sur-rebuttal of 5) or a 20-minute appellate round with 3 minutes reserved for rebuttal.
 */
export function oralPreset(format: OralFormat, applicant: string, respondent: string): OralSettings {
  const party = (name: string, fallback: string) => (name.trim() === '' ? fallback : name.trim());
  const first = party(applicant, 'Applicant');
  const second = party(respondent, 'Respondent');
  switch (format) {
    case 'international':
      return {
        format,
        speakers: [
          { name: `${first}, first speaker`, side: 'applicant', minutes: 20 },
          { name: `${first}, second speaker`, side: 'applicant', minutes: 20 },
          { name: `${second}, first speaker`, side: 'respondent', minutes: 20 },
          { name: `${second}, second speaker`, side: 'respondent', minutes: 20 },
        ],
        rebuttalMinutes: 5,
        surRebuttalMinutes: 5,
        timeCards: [10, 5, 3, 1],
      };
    case 'appellate':
      return {
        format,
        speakers: [
          { name: `Counsel for ${first}`, side: 'applicant', minutes: 17 },
          { name: `Counsel for ${second}`, side: 'respondent', minutes: 20 },
        ],
        rebuttalMinutes: 3,
        surRebuttalMinutes: 0,
        timeCards: [5, 2, 1],
      };
    default:
      return { ...NO_ORAL_SETTINGS, format: 'custom' };
  }
}

/** A side's whole time: its speakers' minutes and its reply round. */
export function sideMinutes(settings: OralSettings, side: Side): number {
  const speaking = settings.speakers
    .filter((speaker) => speaker.side === side)
    .reduce((total, speaker) => total + speaker.minutes, 0);
  return speaking + (side === 'applicant' ? settings.rebuttalMinutes : settings.surRebuttalMinutes);
}

/** The rounds a speaker can practise: their speech, the applicant's rebuttal, the respondent's sur-rebuttal. */
export const PRACTICE_ROUNDS = ['speech', 'rebuttal', 'sur-rebuttal'] as const;
export type PracticeRound = (typeof PRACTICE_ROUNDS)[number];

/** An answer that takes longer than this is slow: a bench expects the short answer at once. */
export const SLOW_ANSWER_SECONDS = 60;

/** How many of the other side's points a reply round answers: a reply picks its battles. */
export const REPLY_POINTS = 3;

/** "Rebuttal", "Sur-rebuttal" or "Speech". */
export function roundLabel(round: PracticeRound): string {
  return { speech: 'Speech', rebuttal: 'Rebuttal', 'sur-rebuttal': 'Sur-rebuttal' }[round];
}

/** The side that gives a reply round: the applicant replies, the respondent answers the reply. */
export function replySide(round: Exclude<PracticeRound, 'speech'>): Side {
  return round === 'rebuttal' ? 'applicant' : 'respondent';
}

/** A reply round's minutes in the oral-argument settings (0: the format has none). */
export function replyMinutes(settings: OralSettings, round: Exclude<PracticeRound, 'speech'>): number {
  return round === 'rebuttal' ? settings.rebuttalMinutes : settings.surRebuttalMinutes;
}

/** What a format allows: speakers a side, each one's minutes, a side's whole time with its reply, the reply rounds. */
interface FormatRules {
  label: string;
  speakersPerSide: number;
  speakerMinutes: [number, number];
  sideMinutes: number;
  rebuttal: [number, number];
  surRebuttal: [number, number];
}

const FORMAT_RULES: Record<Exclude<OralFormat, 'custom'>, FormatRules> = {
  international: {
    label: 'an international moot',
    speakersPerSide: 2,
    speakerMinutes: [15, 25],
    sideMinutes: 45,
    rebuttal: [0, 5],
    surRebuttal: [0, 5],
  },
  appellate: {
    label: 'a 20-minute appellate round',
    speakersPerSide: 1,
    speakerMinutes: [10, 20],
    sideMinutes: 20,
    rebuttal: [1, 5],
    surRebuttal: [0, 0],
  },
};

const minutesText = (value: number) => `${Number(value.toFixed(2))} minute${value === 1 ? '' : 's'}`;
const range = ([low, high]: [number, number]) => (low === 0 ? `up to ${high}` : `${low} to ${high}`);

/**
 * Where the settings depart from their format's rules (custom has none): the number of speakers a side, a speaker's
 * minutes, a side's whole time and the reply rounds, each said in a sentence. Empty when they keep to the format.
 */
export function formatDepartures(settings: OralSettings): string[] {
  if (settings.format === 'custom') return [];
  const rules = FORMAT_RULES[settings.format];
  const departures: string[] = [];
  for (const side of ['applicant', 'respondent'] as const) {
    const speakers = settings.speakers.filter((speaker) => speaker.side === side);
    if (speakers.length !== rules.speakersPerSide) {
      const wanted = rules.speakersPerSide === 1 ? 'one speaker' : `${rules.speakersPerSide} speakers`;
      departures.push(
        `The ${side} has ${speakers.length} speaker${speakers.length === 1 ? '' : 's'}; ${rules.label} gives each side ${wanted}.`,
      );
    }
    for (const speaker of speakers) {
      const [low, high] = rules.speakerMinutes;
      if (speaker.minutes < low || speaker.minutes > high) {
        departures.push(
          `${speaker.name || `A speaker of the ${side}`} has ${minutesText(speaker.minutes)}; ${rules.label} allows ${low} to ${high}.`,
        );
      }
    }
    const total = sideMinutes(settings, side);
    if (Math.abs(total - rules.sideMinutes) > 1e-9) {
      departures.push(
        `The ${side} has ${minutesText(total)} in all; ${rules.label} gives ${rules.sideMinutes} a side.`,
      );
    }
  }
  const reply = (name: string, value: number, [low, high]: [number, number]) => {
    if (value >= low && value <= high) return;
    departures.push(
      high === 0
        ? `The ${name} has ${minutesText(value)}; ${rules.label} has none.`
        : `The ${name} has ${minutesText(value)}; ${rules.label} allows ${range([low, high])}.`,
    );
  };
  reply('rebuttal', settings.rebuttalMinutes, rules.rebuttal);
  reply('sur-rebuttal', settings.surRebuttalMinutes, rules.surRebuttal);
  return departures;
}
