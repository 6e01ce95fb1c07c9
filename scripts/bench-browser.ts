/**
 * Content-script cost measured in the browser: the built extension in
 * Chromium and Firefox on the shared seed page and on the largest saved real page,
 * each loaded several times in a fresh tab. The figure is the time the
 * content script itself reports (extract + detect + build ranges + mark),
 * as shown in the popup. Printed, never asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from '../tests/support/shared-dir';
import { BROWSERS, launchSession } from '../tests/support/harness/launch';
import type { BrowserName } from '../tests/support/harness/types';
import { readPopupClaims } from './lib/popup-claims';
import { serveFiles, type StaticServer } from './lib/static-server';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);

function largestPage(dir: string): { file: string; bytes: number } {
  let best = { file: '', bytes: 0 };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html.gz'))) {
    const bytes = gunzipSync(readFileSync(join(dir, name))).length;
    if (bytes > best.bytes) best = { file: join(dir, name), bytes };
  }
  return best;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchBrowser(): Promise<void> {
  const seed = sharedDir('pages', 'rferl-kim-drones.html');
  const largest = largestPage(sharedDir('pages', 'html'));
  const server = await serveFiles({ '/seed.html': seed, '/largest.html': largest.file });
  try {
    for (const name of BROWSERS) await benchIn(name, server, largest);
  } finally {
    await server.close();
  }
}

async function benchIn(name: BrowserName, server: StaticServer, largest: { file: string; bytes: number }): Promise<void> {
  const session = await launchSession(name);
  try {
    console.log(`\nContent script in ${name} (${LOADS} loads each, fresh tab per load):`);
    for (const [label, path] of [
      ['seed page rferl-kim-drones.html', '/seed.html'],
      [`largest saved page ${largest.file.split('/').pop()!.slice(0, 12)}… (${(largest.bytes / 1024).toFixed(0)} KiB HTML)`, '/largest.html'],
    ] as const) {
      const times: number[] = [];
      let claims = 0;
      for (let i = 0; i < LOADS; i++) {
        const page = await session.openPage(server.url(path));
        // Let the content script finish before the popup competes for the CPU.
        await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('claimlens-')), undefined, { timeout: 30_000 });
        const popup = await session.openExtensionPage('popup.html', await session.tabIdOf(page));
        const result = await readPopupClaims(popup);
        times.push(result.scanMs);
        claims = result.claims.length;
        await popup.close();
        await page.close();
      }
      console.log(
        `  ${label}: median ${median(times).toFixed(1)} ms, first ${times[0].toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; ${claims} claims`,
      );
    }
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchBrowser().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
