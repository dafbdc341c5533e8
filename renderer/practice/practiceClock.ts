/** What the clock shows: the time left, and the card it has reached (the last card red, the one before it amber). */
export interface ClockFace {
  text: string;
  tone: 'plain' | 'card' | 'amber' | 'red' | 'stop';
  /** The card reached, in minutes; null before the first card and at stop. */
  card: number | null;
}

/** Minutes and seconds, as a clock writes them: 7:05, or −0:12 past the time. */
export function clockText(seconds: number): string {
  const whole = Math.ceil(Math.abs(seconds) - 1e-9);
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return seconds < 0 && whole > 0 ? `−${text}` : text;
}

/** The face of a clock with `secondsLeft` to go, showing `cards` (minutes left, largest first). */
export function clockFace(secondsLeft: number, cards: readonly number[]): ClockFace {
  const text = clockText(secondsLeft);
  if (secondsLeft <= 0) return { text, tone: 'stop', card: null };
  let reached = -1;
  for (let index = 0; index < cards.length; index++) if (secondsLeft <= cards[index]! * 60) reached = index;
  if (reached < 0) return { text, tone: 'plain', card: null };
  const last = cards.length - 1;
  const tone = reached === last ? 'red' : reached === last - 1 ? 'amber' : 'card';
  return { text, tone, card: cards[reached]! };
}
