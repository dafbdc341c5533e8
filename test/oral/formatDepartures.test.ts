import { describe, expect, it } from 'vitest';
import { formatDepartures, type OralSettings, oralPreset } from '../../app/model/oral';

const international = () => oralPreset('international', 'Ukraine', 'Russia');

describe('formatDepartures', () => {
  it('finds nothing to say of the presets themselves, nor of a custom format', () => {
    expect(formatDepartures(international())).toEqual([]);
    expect(formatDepartures(oralPreset('appellate', 'Ukraine', 'Russia'))).toEqual([]);
    const custom: OralSettings = { ...international(), format: 'custom', rebuttalMinutes: 30 };
    expect(formatDepartures(custom)).toEqual([]);
  });

  it('names the speaker outside 15 to 25 minutes and the side over 45 in an international moot', () => {
    const settings = international();
    settings.speakers[0]!.minutes = 28;
    expect(formatDepartures(settings)).toEqual([
      'Ukraine, first speaker has 28 minutes; an international moot allows 15 to 25.',
      'The applicant has 53 minutes in all; an international moot gives 45 a side.',
    ]);
  });

  it('counts the speakers of each side and holds the reply rounds to their limits', () => {
    const settings = international();
    settings.speakers = settings.speakers.filter((speaker) => speaker.name !== 'Russia, second speaker');
    settings.speakers[2]!.minutes = 25;
    settings.surRebuttalMinutes = 15;
    settings.rebuttalMinutes = 7;
    settings.speakers[1]!.minutes = 18;
    expect(formatDepartures(settings)).toEqual([
      'The respondent has 1 speaker; an international moot gives each side 2 speakers.',
      'The respondent has 40 minutes in all; an international moot gives 45 a side.',
      'The rebuttal has 7 minutes; an international moot allows up to 5.',
      'The sur-rebuttal has 15 minutes; an international moot allows up to 5.',
    ]);
  });

  it('wants a reserved rebuttal and no sur-rebuttal in an appellate round', () => {
    const settings = oralPreset('appellate', 'Ukraine', 'Russia');
    settings.rebuttalMinutes = 0;
    settings.speakers[0]!.minutes = 20;
    settings.surRebuttalMinutes = 1;
    expect(formatDepartures(settings)).toEqual([
      'The respondent has 21 minutes in all; a 20-minute appellate round gives 20 a side.',
      'The rebuttal has 0 minutes; a 20-minute appellate round allows 1 to 5.',
      'The sur-rebuttal has 1 minute; a 20-minute appellate round has none.',
    ]);
  });
});
