import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../utils/model/claim';

describe('ClaimSchema', () => {
  it('accepts a quantity with its value and hedge', () => {
    const claim = ClaimSchema.parse({ type: 'quantity', start: 0, end: 18, text: 'some 3,000 or more', value: 3000, unit: 'troop', approx: true, hedges: ['some', 'or more'] });
    expect(claim.type).toBe('quantity');
  });
  it('rejects an attribution without its source type', () => {
    expect(() => ClaimSchema.parse({ type: 'attribution', start: 0, end: 4, text: 'told', cue: 'tell' })).toThrow();
  });
});
