import { launchWithExtension } from './lib/extension-browser';
import { serveFiles } from './lib/static-server';
import { benchPages } from './bench-longtasks';
const pages = benchPages();
const server = await serveFiles(Object.fromEntries(pages.map((p) => [p.path, p.file])));
const b = await launchWithExtension();
await b.context.route(/^https?:/, (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
for (const which of process.argv.slice(2)) for (let i = 0; i < 2; i++) {
  const page = await b.context.newPage();
  await page.goto(server.url(which), { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const m = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimlens')).map((e) => [e.name.slice(16, 90), Math.round(e.duration * 10) / 10]));
  const top = [...m].sort((a: any, b: any) => b[1] - a[1]).slice(0, 6);
  console.log(which, i, 'slices', m.length, JSON.stringify(top));
  await page.close();
}
await b.close(); await server.close();
