import type { Annotation } from '../../utils/model/annotation';

let counter = 0;
/** A valid annotation on the sample article, with any field overridden. */
export function makeAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    page: { url: 'https://www.rferl.org/a/kim-drones/1.html', title: 'Kim Parades New Drones' },
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'some 3,000 or more', prefix: 'saying that "it appears that ', suffix: ' [North Korean troop] have been' },
      position: { type: 'TextPositionSelector', start: 989, end: 1007 },
    },
    claim: { type: 'quantity', text: 'some 3,000 or more', value: 3000, unit: 'troop', approx: true, hedges: ['some', 'or more'] },
    sentence: 'Yonhap cited the JCS as saying that "it appears that some 3,000 or more [North Korean troop] have been additionally dispatched."',
    verdict: 'unreviewed',
    note: '',
    evidence: [],
    tags: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    revision: 1,
    dismissed: false,
    ...overrides,
  };
}
