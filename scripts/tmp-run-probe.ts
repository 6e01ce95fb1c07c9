import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveFiles } from '/work/wt-slices/scripts/lib/static-server';
const H = '/work/shared/pages/html/';
const pages: Record<string, string> = {
  '/seed.html': '/work/shared/pages/rferl-kim-drones.html',
  '/ef4e.html': H + 'ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf.html.gz',
  '/d605.html': H + 'd605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz',
  '/8514.html': H + '851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29.html.gz',
};
const probe = readFileSync('/tmp/slices/probe.js', 'utf8');
const server = await serveFiles(pages);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const path of Object.keys(pages)) {
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ javaScriptEnabled: true });
    const page = await ctx.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
    await page.goto(server.url(path), { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const t0 = Date.now();
    await page.addScriptTag({ content: probe });
    const r = await page.evaluate(() => (globalThis as any).__probe());
    console.log(path, JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round((v as number) * 10) / 10]))));
    await ctx.close();
  }
}
await browser.close();
await server.close();
