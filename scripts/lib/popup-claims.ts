import type { PageWorld } from '../../tests/support/e2e';

export interface ListedClaim {
  kind: string;
  text: string;
  details: string;
}

/** The claims as the popup lists them (what the user sees), once the popup has loaded. */
export async function readPopupClaims(popup: PageWorld): Promise<{ claims: ListedClaim[]; scanMs: number }> {
  await popup.waitForFunction(() => document.querySelector('.summary[data-scan-ms]') !== null, undefined, { timeout: 30_000 });
  return popup.evaluate(() => {
    const claims = [...document.querySelectorAll('li.claim')].map((li) => ({
      kind: li.classList.contains('quantity') ? 'quantity' : 'attribution',
      text: li.querySelector('.claim-text')?.textContent ?? '',
      details: [...li.querySelectorAll('.details dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent ?? ''}`).join('  '),
    }));
    return { claims, scanMs: Number(document.querySelector('.summary')?.getAttribute('data-scan-ms')) };
  });
}
