import { launchWithExtension } from './lib/extension-browser';
import { serveFiles } from './lib/static-server';
import { benchPages } from './bench-longtasks';
const pages = benchPages();
const which = process.argv[2] ?? '/sample.html';
const loads = Number(process.argv[3] ?? 2);
const server = await serveFiles(Object.fromEntries(pages.map((p) => [p.path, p.file])));
const b = await launchWithExtension();
await b.context.route(/^https?:/, (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
for (let i = 0; i < loads; i++) {
  const page = await b.context.newPage();
  await page.goto('about:blank');
  const cdp = await b.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' } as any);
  await page.goto(server.url(which), { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end'); await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').filter((e) => e.dur > Number(process.env.MIN_TASK_US ?? 30_000));
  console.log(`--- load ${i + 1} ${which}: ${tasks.length} tasks > 30 ms`);
  for (const t of tasks) {
    const inner = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 2000 && e.name !== 'RunTask');
    console.log(`  task ${(t.dur / 1000).toFixed(1)} ms`);
    for (const e of inner.filter((e) => !e.name.startsWith("V8.GC")).slice(0, 12)) {
      const d = e.args?.data ?? {};
      const what = [d.url?.split('/').slice(-2).join('/'), d.functionName, d.type, e.args?.fileName].filter(Boolean).join(' ');
      console.log(`    +${((e.ts - t.ts) / 1000).toFixed(1).padStart(6)} ${(e.dur / 1000).toFixed(1).padStart(6)} ms ${e.name} ${what}`.slice(0, 160));
    }
  }
  await page.close();
}
await b.close(); await server.close();
