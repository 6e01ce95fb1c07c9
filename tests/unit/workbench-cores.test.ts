import { describe, expect, it } from 'vitest';
import { storableEvidence, withScheme } from '../../components/workbench/evidence';
import { listCommand, step } from '../../components/workbench/keys';
import { LatestWriter } from '../../components/workbench/latest-writer';
import { applyMarkColours, kindColour, verdictUnderline } from '../../components/workbench/legend-colours';
import { KIND_COLOURS, VERDICT_MARKS } from '../../utils/highlight/styles';
import { buildRows } from '../../components/workbench/rows';
import { describeSpan } from '../../utils/anchor/selectors';
import type { ClaimView } from '../../utils/messaging';
import { makeAnnotation } from '../support/annotations';

describe('LatestWriter', () => {
  it('writes one value at a time and skips drafts superseded while a write was in flight', async () => {
    const written: string[] = [];
    const releases: (() => void)[] = [];
    const writer = new LatestWriter<string>((value) => new Promise((resolve) => releases.push(() => (written.push(value), resolve(true)))));
    writer.submit('a');
    writer.submit('ab');
    writer.submit('abc');
    expect(releases).toHaveLength(1);
    expect(writer.unsavedValue).toBe('abc');
    releases[0]();
    await Promise.resolve();
    await Promise.resolve();
    expect(releases).toHaveLength(2);
    releases[1]();
    await writer.idle();
    expect(written).toEqual(['a', 'abc']);
    expect(writer.unsaved).toBe(false);
  });

  it('stays unsaved after a failed write until a later one succeeds', async () => {
    let ok = false;
    const writer = new LatestWriter<string>(async () => ok);
    writer.submit('x');
    await writer.idle();
    expect(writer.unsavedValue).toBe('x');
    ok = true;
    writer.submit('xy');
    await writer.idle();
    expect(writer.unsaved).toBe(false);
  });
});

describe('evidence links', () => {
  it('adds https:// to an address typed without a scheme and refuses what is not a web address', () => {
    expect(withScheme(' example.org/report ')).toBe('https://example.org/report');
    expect(withScheme('http://a.example')).toBe('http://a.example');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(storableEvidence([{ url: 'example.org/a' }, { url: 'javascript:alert(1)' }, { url: 'not a link' }, { url: '' }])).toEqual({ stored: [{ url: 'https://example.org/a' }], refused: 2 });
  });
});

describe('list keys', () => {
  const plain = { altKey: false, ctrlKey: false, metaKey: false };
  it('maps j/k/arrows/Enter/1–6 and leaves typing in fields and modified keys alone', () => {
    expect(listCommand({ ...plain, key: 'j' }, false)).toEqual({ type: 'next' });
    expect(listCommand({ ...plain, key: 'ArrowUp' }, false)).toEqual({ type: 'previous' });
    expect(listCommand({ ...plain, key: '1' }, false)).toEqual({ type: 'verdict', verdict: 'accurate' });
    expect(listCommand({ ...plain, key: '6' }, false)).toEqual({ type: 'verdict', verdict: 'unverifiable' });
    expect(listCommand({ ...plain, key: '7' }, false)).toBeNull();
    expect(listCommand({ ...plain, key: 'j' }, true)).toBeNull();
    expect(listCommand({ ...plain, ctrlKey: true, key: '1' }, false)).toBeNull();
  });
  it('steps through keys, staying at the ends', () => {
    expect(step(['a', 'b'], null, 1)).toBe('a');
    expect(step(['a', 'b'], 'a', 1)).toBe('b');
    expect(step(['a', 'b'], 'b', 1)).toBe('b');
    expect(step(['a', 'b'], 'a', -1)).toBe('a');
    expect(step([], null, 1)).toBeNull();
  });
});

describe('legend colours', () => {
  it('are the page marks’ colours, and become custom properties of the extension page', () => {
    expect(kindColour('quantity')).toBe(KIND_COLOURS.quantity);
    expect(verdictUnderline('false')).toEqual({ textDecoration: `underline wavy ${VERDICT_MARKS.false.colour}`, textDecorationThickness: '2px' });
    const set = new Map<string, string>();
    applyMarkColours({ style: { setProperty: (k: string, v: string) => set.set(k, v) } } as unknown as HTMLElement);
    expect(set.get('--mark-passage')).toBe(KIND_COLOURS.passage);
    expect([...set.keys()].sort()).toEqual(['--mark-attribution', '--mark-passage', '--mark-quantity']);
  });
});

describe('rows', () => {
  const text = 'Officials said some 300 drones and 40 missiles were launched.';
  const view = (phrase: string, over: Partial<ClaimView> = {}): ClaimView => {
    const start = text.indexOf(phrase);
    return { key: `0:quantity:${start}`, claim: { type: 'quantity', start, end: start + phrase.length, text: phrase, value: 1, unit: null, approx: false, hedges: [] }, sentence: text, target: describeSpan(text, start, start + phrase.length), ...over };
  };
  it('join annotations by id or by place, keep the tab’s order, and flag a changed passage until re-confirmed', () => {
    const drones = view('some 300');
    const missiles = view('40');
    const onDrones = makeAnnotation({ target: drones.target, verdict: 'false' });
    const stale = makeAnnotation({ target: { ...missiles.target, quote: { ...missiles.target.quote, exact: '30' } }, verdict: 'accurate' });
    const rows = buildRows([drones, { ...missiles, annotationId: stale.id, anchorState: 'changed' }], [onDrones, stale], []);
    expect(rows.map((r) => [r.view.claim.text, r.verdict, r.needsRecheck])).toEqual([
      ['some 300', 'false', false],
      ['40', 'accurate', true],
    ]);
    const confirmed = { ...stale, target: missiles.target };
    expect(buildRows([{ ...missiles, annotationId: stale.id, anchorState: 'changed' }], [confirmed], [])[0].needsRecheck).toBe(false);
  });
});
