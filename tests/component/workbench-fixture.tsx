import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';
import { WorkbenchDepsContext, type TabListener, type WorkbenchDeps } from '../../components/workbench/deps';
import { WorkbenchApp } from '../../components/workbench/WorkbenchApp';
import { describeSpan } from '../../utils/anchor/selectors';
import { ClaimlensDB } from '../../utils/db';
import type { ClaimView, PageClaims } from '../../utils/messaging';
import type { Claim } from '../../utils/model/claim';

// The machine running these is shared and often loaded: give the live queries time.
configure({ asyncUtilTimeout: 5000 });

/** A two-sentence article, its four detected claims in reading order, and fakes for everything the browser provides. */
export const text =
  'Yonhap cited the Joint Chiefs of Staff as saying that some 3,000 or more troops were sent. ' +
  'An earlier 11,000-strong contingent fought in Kursk, Ukrainian analyst Oleh Saakyan told RFE/RL.';
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });
export const claims: Claim[] = [
  { type: 'attribution', ...at('cited'), cue: 'cite', sourceType: 'organisation', source: at('the Joint Chiefs of Staff') },
  { type: 'quantity', ...at('some 3,000 or more'), value: 3000, unit: 'troop', approx: true, hedges: ['some', 'or more'] },
  { type: 'quantity', ...at('11,000-strong'), value: 11000, unit: 'contingent', approx: false, hedges: [] },
  { type: 'attribution', ...at('told'), cue: 'tell', sourceType: 'person', source: at('Ukrainian analyst Oleh Saakyan') },
];
export const page = { url: 'http://127.0.0.1/sample.html', title: 'Kim Parades New Drones' };
export const views: ClaimView[] = claims.map((claim) => ({
  key: `0:${claim.type}:${claim.start}-${claim.end}`,
  claim,
  sentence: claim.start < 90 ? text.slice(0, 90) : text.slice(91),
  target: describeSpan(text, claim.start, claim.end),
}));
export const pageClaims = (over: Partial<PageClaims> = {}): PageClaims => ({
  page,
  scanning: true,
  claims: views,
  offset: 0,
  total: (over.claims ?? views).length,
  marked: (over.claims ?? views).length,
  anchors: [],
  orphanIds: [],
  scanMs: 3.2,
  busyMs: 3.2,
  scans: 1,
  ...over,
});

export interface Harness {
  db: ClaimlensDB;
  deps: WorkbenchDeps;
  /** The listener the app subscribed with: tests play the browser's events through it. */
  listener(): TabListener;
}

let ids = 0;
export function makeHarness(over: Partial<WorkbenchDeps> = {}): Harness {
  const db = new ClaimlensDB(`workbench-${Math.random()}`);
  let listener: TabListener | undefined;
  const deps: WorkbenchDeps = {
    db,
    surface: 'panel',
    tabId: 7,
    listClaims: vi.fn(async () => pageClaims()),
    focusClaim: vi.fn(async () => true),
    notifyAnnotationsChanged: vi.fn(async () => undefined),
    readSelection: vi.fn(async () => null),
    setSiteEnabled: vi.fn(async () => undefined),
    subscribe: (l) => {
      listener = l;
      return () => (listener = undefined);
    },
    download: vi.fn(),
    newId: () => `11111111-1111-4111-8111-${String(++ids).padStart(12, '0')}`,
    now: () => new Date('2026-11-27T09:00:00Z'),
    ...over,
  };
  return {
    db,
    deps,
    listener: () => {
      if (!listener) throw new Error('the app has not subscribed');
      return listener;
    },
  };
}

export const renderApp = (deps: WorkbenchDeps) =>
  render(
    <WorkbenchDepsContext.Provider value={deps}>
      <WorkbenchApp />
    </WorkbenchDepsContext.Provider>,
  );

/** The list item holding an element (a claim's button). */
export const itemOf = (element: HTMLElement): HTMLElement => element.closest('li')!;
