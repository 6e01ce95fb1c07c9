// ad-hoc diagnostic (not committed): blocks of the extracted text, in gold or not, with their ancestry
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../utils/extract/article';
import { parseSavedPage, readSavedPage } from './lib/saved-page';
const dir = join(process.cwd(), '..', 'shared', 'pages');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const norm = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ').toLowerCase();
const only = process.argv[2]?.split(',');
for (const key of Object.keys(truth).sort().filter((k) => !only || only.some((o) => k.startsWith(o)))) {
  const doc = parseSavedPage(readSavedPage(join(dir, 'html', key + '.html.gz'))).window.document;
  const a = extractArticle(doc);
  const gold = norm(truth[key].articleBody);
  const blocks = new Map<Element, string>();
  const BLOCK = /^(p|div|li|h[1-6]|figcaption|blockquote|td|section|article|span|dd|dt|pre|figure|header|footer|aside|ul|ol|table|tr|a|strong|em|b|i|time|small)$/;
  for (const seg of a.segments) {
    let e = seg.node.parentElement!;
    while (e.parentElement && !/^(p|div|li|h[1-6]|figcaption|blockquote|td|dd|dt|pre|section|article|figure|header|footer|aside)$/.test(e.localName)) e = e.parentElement;
    blocks.set(e, (blocks.get(e) ?? '') + ' ' + a.text.slice(seg.start, seg.end));
  }
  for (const [e, t] of blocks) {
    const n = norm(t);
    if (!n) continue;
    const inGold = gold.includes(n);
    const path: string[] = [];
    for (let x: Element | null = e; x && path.length < 6; x = x.parentElement) path.push(x.localName + (x.getAttribute('class') ? '.' + x.getAttribute('class')!.trim().split(/\s+/).slice(0, 3).join('.') : '') + (x.id ? '#' + x.id : ''));
    console.log(`${key.slice(0, 8)}\t${inGold ? 'IN ' : 'OUT'}\t${n.split(' ').length}\t${path.join(' < ')}\t${t.trim().slice(0, 100)}`);
  }
}
