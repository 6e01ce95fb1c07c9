import { describe, expect, it } from 'vitest';
import type { AnchorView, PageClaims } from '../../../utils/messaging';
import { openAtClaim, type OpenClaimApi } from '../../../utils/library/open-claim';
import { makeAnnotation } from '../../support/annotations';

const annotation = makeAnnotation({ page: { url: 'https://example.org/a', canonicalUrl: 'https://example.org/canonical', title: 'A' } });
const claims = (anchors: AnchorView[], scanning = true) => ({ anchors, scanning }) as unknown as PageClaims;

/** A tab whose content script answers from the `readyAfter`-th question on. */
function fakeTab(answer: PageClaims, readyAfter = 0) {
  const calls: string[] = [];
  let asked = 0;
  const api: OpenClaimApi = {
    openTab: async (url) => (calls.push(`open ${url}`), 5),
    listClaims: async () => {
      if (asked++ < readyAfter) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    },
    focusClaim: async (_tab, key) => (calls.push(`focus ${key}`), true),
    sleep: async () => undefined,
  };
  return { api, calls };
}

describe('opening an annotation at its claim', () => {
  it('waits for the content script, then focuses the claim the annotation was joined to', async () => {
    const { api, calls } = fakeTab(claims([{ annotationId: 'other', state: 'exact', key: 'k0' }, { annotationId: annotation.id, state: 'moved', key: 'k1' }]), 3);
    expect(await openAtClaim(api, annotation)).toEqual({ outcome: 'focused' });
    expect(calls).toEqual(['open https://example.org/a', 'focus k1']);
  });

  it('says so when the passage is gone, scanning is off, or the page never answers', async () => {
    expect(await openAtClaim(fakeTab(claims([{ annotationId: annotation.id, state: 'orphan' }])).api, annotation)).toEqual({ outcome: 'orphan' });
    expect(await openAtClaim(fakeTab(claims([])).api, annotation)).toEqual({ outcome: 'orphan' });
    expect(await openAtClaim(fakeTab(claims([], false)).api, annotation)).toEqual({ outcome: 'off' });
    expect(await openAtClaim(fakeTab(claims([]), Infinity).api, annotation, { timeoutMs: 0 })).toEqual({ outcome: 'unreachable' });
  });
});
