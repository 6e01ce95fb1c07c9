import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../utils/lazy-schema';
import { AnnotationSchema, ImportedAnnotationSchema } from '../../utils/model/annotation';
import { ClaimSchema, SourceTypeSchema } from '../../utils/model/claim';
import { schemas } from '../../utils/messaging';

const eagerPoint = () => z.object({ x: z.number().int(), label: z.string().min(1).optional() });

describe('lazySchema', () => {
  it('builds nothing until the schema is used, then builds once', () => {
    let builds = 0;
    const point = lazySchema(() => (builds++, eagerPoint()));
    expect(builds).toBe(0);
    expect(point.parse({ x: 1 })).toEqual({ x: 1 });
    expect(point.safeParse({ x: 1.5 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('gives the same errors as the schema built eagerly', () => {
    const lazy = lazySchema(eagerPoint);
    for (const input of [{ x: 'a' }, { x: 1, label: '' }, null, { x: 2.5, label: 3 }]) {
      const lazyResult = lazy.safeParse(input);
      const eagerResult = eagerPoint().safeParse(input);
      expect(lazyResult.success).toBe(false);
      expect(lazyResult.error?.issues).toEqual(eagerResult.error?.issues);
      expect(lazyResult.error?.message).toBe(eagerResult.error?.message);
    }
  });

  it('nests in other schemas, lazy or not, and in their methods', () => {
    const point = lazySchema(eagerPoint);
    const segment = lazySchema(() => z.object({ from: point, to: point.optional(), all: z.array(point) }));
    expect(segment.parse({ from: { x: 1 }, all: [{ x: 2 }] })).toEqual({ from: { x: 1 }, all: [{ x: 2 }] });
    const issue = segment.safeParse({ from: { x: 1 }, to: { x: 'b' }, all: [] }).error?.issues[0];
    expect(issue?.path).toEqual(['to', 'x']);
    const eager = z.object({ p: point }).extend({ q: point.nullable() });
    expect(eager.parse({ p: { x: 3 }, q: null })).toEqual({ p: { x: 3 }, q: null });
    expect(point.extend({ y: z.number() }).pick({ y: true }).parse({ y: 4 })).toEqual({ y: 4 });
    expect(Object.keys(point.shape)).toEqual(['x', 'label']);
  });

  it('answers instanceof, _zod and property listing like the built schema', () => {
    const point = lazySchema(eagerPoint);
    const built = eagerPoint();
    expect(point instanceof z.ZodObject).toBe(true);
    expect(point instanceof z.ZodString).toBe(false);
    expect(Object.getPrototypeOf(point)).toBe(Object.getPrototypeOf(built));
    expect(point._zod.def.type).toBe('object');
    expect('parse' in point).toBe(true);
    expect(Object.getOwnPropertyNames(point).sort()).toEqual(Object.getOwnPropertyNames(built).sort());
    expect(Object.getOwnPropertyDescriptor(point, '_zod')?.value).toBe(point._zod);
  });

  it('keeps a discriminated union of lazy members working', () => {
    const a = lazySchema(() => z.object({ type: z.literal('a'), n: z.number() }));
    const b = lazySchema(() => z.object({ type: z.literal('b'), s: z.string() }));
    const union = lazySchema(() => z.discriminatedUnion('type', [a, b]));
    expect(union.parse({ type: 'b', s: 'x' })).toEqual({ type: 'b', s: 'x' });
    expect(union.safeParse({ type: 'c' }).error?.issues[0]?.code).toBe('invalid_union');
  });

  it('throws a building error at every use instead of keeping half a schema', () => {
    let calls = 0;
    const broken = lazySchema((): z.ZodString => {
      calls++;
      throw new Error('no schema');
    });
    expect(() => broken.parse('x')).toThrow('no schema');
    expect(() => broken.parse('x')).toThrow('no schema');
    expect(calls).toBe(2);
  });
});

describe('the project schemas, built on first use', () => {
  it('parse as before through nesting (claims, annotations, imports)', () => {
    expect(SourceTypeSchema.options).toContain('official');
    expect(ClaimSchema.parse({ type: 'passage', start: 0, end: 3, text: 'abc' }).type).toBe('passage');
    const annotation = {
      id: 'a1',
      page: { url: 'https://example.org/story', title: 'Story' },
      target: { quote: { type: 'TextQuoteSelector', exact: 'said', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
      claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'vague' },
      verdict: 'accurate',
      note: '',
      evidence: [{ url: 'javascript:alert(1)' }],
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(AnnotationSchema.safeParse(annotation).error?.issues[0]?.message).toBe('Only http(s) links are kept');
    expect(ImportedAnnotationSchema.parse(annotation)).toMatchObject({ revision: 1, dismissed: false, sentence: '' });
  });

  it('gives each message its data and answer schemas', () => {
    expect(schemas.ping.answer.parse({ alive: true })).toEqual({ alive: true });
    expect(schemas.listClaims.data.parse(undefined)).toBeUndefined();
    expect(schemas.listClaims.data.safeParse({ limit: 0 }).success).toBe(false);
    expect(schemas.getPageAnnotations.data.safeParse({ url: 'not a url' }).success).toBe(false);
  });
});
