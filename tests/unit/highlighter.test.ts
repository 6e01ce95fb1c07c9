import { describe, expect, it } from 'vitest';
import { Highlighter, type HighlightApi } from '../../utils/highlight/highlighter';
import { KIND_UNDERLINES, VERDICT_MARKS } from '../../utils/highlight/styles';

function fakeApi() {
  const registry = new Map<string, Set<AbstractRange>>();
  const styles: string[] = [];
  const priorities = new Map<Set<AbstractRange>, number>();
  const api: HighlightApi = {
    registry,
    create(priority) {
      const set = new Set<AbstractRange>();
      priorities.set(set, priority);
      return set;
    },
    adoptStyles(css) {
      styles.push(css);
      return () => styles.splice(styles.indexOf(css), 1);
    },
  };
  return { api, registry, styles };
}
const range = (id: number) => ({ id }) as unknown as AbstractRange;

describe('Highlighter (public detection marks)', () => {
  it('groups ranges by kind, one highlight each, added one by one', () => {
    const { api, registry, styles } = fakeApi();
    const h = new Highlighter(api);
    h.add('quantity', range(1));
    h.add('quantity', range(2));
    h.add('attribution', range(3));
    expect(registry.get('claimlens-quantity')?.size).toBe(2);
    expect(registry.get('claimlens-attribution')?.size).toBe(1);
    expect(styles).toHaveLength(1);
    // Nothing the user did is in the page-readable registry or stylesheet.
    expect(styles[0]).not.toMatch(/verdict|passage|flash/);
  });

  it('marks 200,000 ranges without spreading them into a call', () => {
    const { api, registry } = fakeApi();
    const h = new Highlighter(api);
    for (let i = 0; i < 200_000; i++) h.add('quantity', range(i));
    expect(registry.get('claimlens-quantity')?.size).toBe(200_000);
  });

  it('clears its own marks, leaves other extensions’ highlights alone, and re-registers after a clear', () => {
    const { api, registry, styles } = fakeApi();
    registry.set('someone-else', new Set());
    const h = new Highlighter(api);
    h.add('quantity', range(1));
    h.clear();
    expect([...registry.keys()]).toEqual(['someone-else']);
    h.add('attribution', range(2));
    expect(registry.get('claimlens-attribution')?.size).toBe(1);
    h.destroy();
    expect([...registry.keys()]).toEqual(['someone-else']);
    expect(styles).toHaveLength(0);
  });
});

describe('Highlighter in a Firefox content script', () => {
  it('clears its marks by name, without iterating the page’s registry (impossible there)', () => {
    const { api, registry } = fakeApi();
    const byNameOnly: HighlightApi = { ...api, registry: { get: (n) => registry.get(n), set: (n, v) => registry.set(n, v), delete: (n) => registry.delete(n) } };
    registry.set('claimlens-attribution', new Set()); // left by an earlier instance of the content script
    registry.set('someone-else', new Set());
    const h = new Highlighter(byNameOnly);
    h.add('quantity', range(1));
    expect([...registry.keys()].sort()).toEqual(['claimlens-attribution', 'claimlens-quantity', 'someone-else']);
    h.destroy();
    expect([...registry.keys()]).toEqual(['someone-else']);
  });
});

describe('mark colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it('every kind underline and verdict bar has at least 3:1 contrast on a white page', () => {
    for (const { colour } of Object.values(KIND_UNDERLINES)) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    for (const { colour } of Object.values(VERDICT_MARKS)) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
  });
});
