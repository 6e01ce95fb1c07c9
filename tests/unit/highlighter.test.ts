import { describe, expect, it } from 'vitest';
import { Highlighter, type HighlightApi } from '../../utils/highlight/highlighter';

function fakeApi() {
  const registry = new Map<string, Set<AbstractRange>>();
  const styles: string[] = [];
  const priorities = new Map<Set<AbstractRange>, number>();
  const api: HighlightApi = {
    registry,
    create(ranges, priority) {
      const set = new Set(ranges);
      priorities.set(set, priority);
      return set;
    },
    adoptStyles(css) {
      styles.push(css);
      return () => styles.splice(styles.indexOf(css), 1);
    },
  };
  return { api, registry, styles, priorities };
}
const range = (id: number) => ({ id }) as unknown as AbstractRange;

describe('Highlighter', () => {
  it('groups ranges by kind and by verdict, verdicts drawn above kinds', () => {
    const { api, registry, styles, priorities } = fakeApi();
    const h = new Highlighter(api);
    h.render([
      { range: range(1), kind: 'quantity' },
      { range: range(2), kind: 'quantity', verdict: 'false' },
      { range: range(3), kind: 'attribution', verdict: 'false' },
    ]);
    expect(registry.get('claimlens-quantity')?.size).toBe(2);
    expect(registry.get('claimlens-attribution')?.size).toBe(1);
    expect(registry.get('claimlens-verdict-false')?.size).toBe(2);
    expect(priorities.get(registry.get('claimlens-verdict-false')!)).toBeGreaterThan(priorities.get(registry.get('claimlens-quantity')!)!);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('::highlight(claimlens-verdict-misleading)');
  });

  it('replaces marks on re-render and leaves other extensions’ highlights alone', () => {
    const { api, registry } = fakeApi();
    registry.set('someone-else', new Set());
    const h = new Highlighter(api);
    h.render([{ range: range(1), kind: 'quantity', verdict: 'accurate' }]);
    h.render([{ range: range(2), kind: 'attribution' }]);
    expect([...registry.keys()].sort()).toEqual(['claimlens-attribution', 'someone-else']);
  });

  it('clears its marks by name, without iterating the page’s registry (impossible in a Firefox content script)', () => {
    const { api, registry } = fakeApi();
    const h = new Highlighter({ ...api, registry: { set: (n, v) => registry.set(n, v), delete: (n) => registry.delete(n) } });
    registry.set('claimlens-verdict-false', new Set()); // left by an earlier instance of the content script
    h.render([{ range: range(1), kind: 'quantity', verdict: 'accurate' }]);
    expect([...registry.keys()].sort()).toEqual(['claimlens-quantity', 'claimlens-verdict-accurate']);
    h.destroy();
    expect(registry.size).toBe(0);
  });

  it('flashes a range until the timer fires, and cleans everything on destroy', () => {
    const { api, registry, styles } = fakeApi();
    const h = new Highlighter(api);
    h.render([{ range: range(1), kind: 'quantity' }]);
    let fire: () => void = () => {};
    h.flash(range(1), (done) => (fire = done));
    expect(registry.has('claimlens-flash')).toBe(true);
    h.render([{ range: range(1), kind: 'quantity' }]);
    expect(registry.has('claimlens-flash')).toBe(true);
    fire();
    expect(registry.has('claimlens-flash')).toBe(false);
    h.destroy();
    expect(registry.size).toBe(0);
    expect(styles).toHaveLength(0);
  });
});
