import { writeFileSync } from 'node:fs';
import { launchWithExtension } from './lib/extension-browser';
import { serveFiles } from './lib/static-server';
import { benchPages } from './bench-longtasks';
const pages = benchPages();
const which = process.argv[2] ?? '/listing.html';
const server = await serveFiles(Object.fromEntries(pages.map((p) => [p.path, p.file])));
const b = await launchWithExtension();
await b.context.route(/^https?:/, (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
for (let i = 0; i < 2; i++) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(which), { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop') as any;
  // self time per function+url, and total per url
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, k: number) => {
    const n = byId.get(id); const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`--- load ${i + 1} ${which}`);
  for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
  writeFileSync(`/tmp/slices/profile-${i}.cpuprofile`, JSON.stringify(profile));
  await page.close();
}
await b.close(); await server.close();
