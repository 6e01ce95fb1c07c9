import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/index';
import type { AttributionClaim, Claim, QuantityClaim } from '../../utils/model/claim';
import { sharedDir } from '../support/shared-dir';

/** A gold claim as ../shared/claims/*.gold.json stores it. */
interface GoldClaim {
  type: 'quantity' | 'attribution';
  start: number;
  end: number;
  text: string;
  value?: number;
  optional?: boolean;
  source?: { start: number; end: number; text: string };
  alt_sources?: Array<{ start: number; end: number; text: string }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function load(dir: string, id: string): { text: string; gold: GoldClaim[] } {
  return {
    text: readFileSync(join(dir, `${id}.txt`), 'utf8'),
    gold: (JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as { claims: GoldClaim[] }).claims,
  };
}

describe('seed article (RFE/RL, Kim drones)', () => {
  const { text, gold } = load(sharedDir('claims', 'seed'), 'rferl-kim-drones');
  const claims = detectClaims(text);
  const quantities = claims.filter((c): c is QuantityClaim => c.type === 'quantity');
  const attributions = claims.filter((c): c is AttributionClaim => c.type === 'attribution');

  it.each(gold.filter((g) => g.type === 'quantity').map((g) => [g.text, g] as const))('finds quantity "%s" with its value', (_t, g) => {
    const found = quantities.find((c) => overlaps(c, g));
    expect(found, `no quantity over "${g.text}"`).toBeDefined();
    expect(found!.value).toBe(g.value);
  });

  it.each(gold.filter((g) => g.type === 'attribution' && !g.optional).map((g) => [g.text, g.start, g.source?.text, g] as const))(
    'finds attribution "%s" at %i with speaker "%s"',
    (_t, _s, _src, g) => {
      const found = attributions.find((c) => overlaps(c, g));
      expect(found, `no attribution over "${g.text}" at ${g.start}`).toBeDefined();
      const speakers = [g.source, ...(g.alt_sources ?? [])].filter((s): s is NonNullable<typeof s> => !!s);
      expect(found!.source, 'no speaker').toBeDefined();
      expect(speakers.some((s) => overlaps(s, found!.source!))).toBe(true);
    },
  );

  it('resolves the closing "he said" to Lee Sung Joon', () => {
    const last = attributions.filter((c) => c.source?.text === 'he').at(-1);
    expect(last?.resolved).toBe('Lee Sung Joon');
  });

  it.each([
    ['the video time codes', '0:00 0:02:23 0:00'],
    ['the author bio', 'Ray Furlong is a Senior International Correspondent'],
    ['the legal notice', 'RFE/RL has been declared an "undesirable organization"'],
  ])('finds no quantity inside %s', (_what, opening) => {
    const start = text.indexOf(opening);
    expect(start).toBeGreaterThanOrEqual(0);
    // The block runs to the next blank line (the bio and the notice are one paragraph each; the notice has two).
    let end = text.indexOf('\n\n', start + opening.length);
    if (opening.startsWith('RFE/RL')) end = text.indexOf('To find out more', start);
    const block = { start, end: end < 0 ? text.length : end };
    const inside = quantities.filter((c) => overlaps(c, block));
    expect(inside.map((c) => c.text)).toEqual([]);
  });
});

describe('dev articles', () => {
  const dir = sharedDir('claims', 'dev');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, ''));

  it('has the twelve dev articles', () => {
    expect(ids.length).toBe(12);
  });

  it.each(ids)('%s: finds most gold claims, with values and speakers right', (id) => {
    const { text, gold } = load(dir, id);
    const claims: Claim[] = detectClaims(text);
    const required = gold.filter((g) => !g.optional);
    let found = 0;
    let right = 0;
    for (const g of required) {
      const match = claims.find((c) => c.type === g.type && overlaps(c, g));
      if (!match) continue;
      found++;
      if (g.type === 'quantity') right += Number((match as QuantityClaim).value === g.value);
      else {
        const speakers = [g.source, ...(g.alt_sources ?? [])].filter((s): s is NonNullable<typeof s> => !!s);
        const source = (match as AttributionClaim).source;
        right += Number(!!source && speakers.some((s) => overlaps(s, source)));
      }
    }
    expect(found / required.length).toBeGreaterThanOrEqual(0.9);
    expect(right / Math.max(found, 1)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('saved real pages (ground-truth article texts)', () => {
  it('detects without error on every article, with valid claims and true offsets', async () => {
    const { ClaimSchema } = await import('../../utils/model/claim');
    const pages = JSON.parse(readFileSync(sharedDir('pages', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
    let total = 0;
    for (const page of Object.values(pages)) {
      const text = page.articleBody ?? '';
      const claims = detectClaims(text);
      total += claims.length;
      for (const c of claims) {
        expect(ClaimSchema.safeParse(c).success).toBe(true);
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
    }
    expect(total).toBeGreaterThan(1000);
  });
});
