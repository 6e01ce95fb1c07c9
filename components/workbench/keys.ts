import { VERDICTS, type Verdict } from '../../utils/model/annotation';

/** Number keys set the selected claim's verdict: 1 Accurate … 6 Unverifiable (0 is not used: "unreviewed" is the default). */
export const VERDICT_KEYS: { key: string; verdict: Verdict }[] = VERDICTS.filter((v) => v !== 'unreviewed').map((verdict, i) => ({ key: String(i + 1), verdict }));

export type ListCommand = { type: 'next' } | { type: 'previous' } | { type: 'open' } | { type: 'verdict'; verdict: Verdict };

/** What a key pressed in the claim list means; null leaves it to the browser (typing in a field, Tab, …). */
export function listCommand(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, inField: boolean): ListCommand | null {
  if (inField || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowDown' || event.key === 'j') return { type: 'next' };
  if (event.key === 'ArrowUp' || event.key === 'k') return { type: 'previous' };
  if (event.key === 'Enter') return { type: 'open' };
  const verdict = VERDICT_KEYS.find((v) => v.key === event.key)?.verdict;
  return verdict ? { type: 'verdict', verdict } : null;
}

/** The neighbour of `current` in `keys`, staying at the ends; the first key when nothing is selected. */
export function step(keys: string[], current: string | null, direction: 1 | -1): string | null {
  if (keys.length === 0) return null;
  const at = current === null ? -1 : keys.indexOf(current);
  if (at < 0) return direction === 1 ? keys[0] : keys[keys.length - 1];
  return keys[Math.min(keys.length - 1, Math.max(0, at + direction))];
}
