import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import { toEnvelope } from '../../utils/export/envelope';
import { makeAnnotation } from '../support/annotations';
import { VERSIONS, pageTexts, sampleVersion } from '../support/sample-versions';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function anchorCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/anchor.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const { article, page } = pageTexts(sampleVersion());
function annotation(id: string, text: string, phrase: string, sub = phrase) {
  const start = text.indexOf(phrase) + phrase.indexOf(sub);
  return makeAnnotation({ id, target: describeSpan(text, start, start + sub.length), verdict: 'false' });
}
const annotations = [
  annotation('peskov-said', article, 'Dmitry Peskov said', 'said'),
  annotation('nato-said', article, 'anonymity, said', 'said'),
  annotation('casualties', article, 'about 1,200 casualties', '1,200'),
  annotation('residents', article, '2,300 residents', '2,300'),
  annotation('inflation', article, '12.5 percent'),
  annotation('author-years', page, 'has covered Ukraine for 15 years', '15 years'),
];

let result: ReturnType<typeof anchorCli>;
const files = {
  original: 'original.html',
  figureEdited: 'figure-edited.html.gz',
  paragraphDeleted: 'paragraph-deleted.html',
  paragraphInserted: 'paragraph-inserted.html',
  figureParagraphsDeleted: 'figure-paragraphs-deleted.html',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-anchor-'));
  writeFileSync(join(dir, 'export.json'), JSON.stringify(toEnvelope(annotations, { kind: 'all' })));
  writeFileSync(join(dir, files.original), sampleVersion());
  writeFileSync(join(dir, files.figureEdited), gzipSync(sampleVersion(...VERSIONS.figureEdited)));
  writeFileSync(join(dir, files.paragraphDeleted), sampleVersion(...VERSIONS.paragraphDeleted));
  writeFileSync(join(dir, files.paragraphInserted), sampleVersion(...VERSIONS.paragraphInserted));
  writeFileSync(join(dir, files.figureParagraphsDeleted), sampleVersion(...VERSIONS.figureParagraphsDeleted));
  result = anchorCli(join(dir, 'export.json'), ...Object.values(files).map((f) => join(dir, f)));
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = { file: string; annotations: { id: string; state: string; text?: string; diff?: unknown }[] };
const lineFor = (name: keyof typeof files): Record<string, Line['annotations'][number]> => {
  const lines: Line[] = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const line = lines.find((l) => l.file.endsWith(files[name]))!;
  expect(line.annotations.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
  return Object.fromEntries(line.annotations.map((a) => [a.id, a]));
};

describe('npm run anchor', () => {
  it('prints one line per page and exits 0', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('unchanged page: all exact, including a passage outside the article', () => {
    const a = lineFor('original');
    for (const ann of annotations) expect(a[ann.id], ann.id).toEqual({ id: ann.id, state: 'exact', text: ann.target.quote.exact });
  });

  it('edited figures (.gz page): changed with the new text and diff', () => {
    const a = lineFor('figureEdited');
    expect(a.casualties).toEqual({ id: 'casualties', state: 'changed', text: '1,400', diff: [{ op: 'removed', text: '1,200' }, { op: 'added', text: '1,400' }] });
    expect(a.inflation).toMatchObject({ state: 'changed', text: '13 percent' });
    expect(a['peskov-said']).toEqual({ id: 'peskov-said', state: 'exact', text: 'said' });
    expect(a.residents).toEqual({ id: 'residents', state: 'moved', text: '2,300' });
    expect(a['author-years']).toMatchObject({ state: 'moved', text: '15 years' });
  });

  it('deleted paragraph: its "said" is an orphan, with no text', () => {
    const a = lineFor('paragraphDeleted');
    expect(a['peskov-said']).toEqual({ id: 'peskov-said', state: 'orphan' });
    expect(a['nato-said']).toEqual({ id: 'nato-said', state: 'moved', text: 'said' });
  });

  it('inserted paragraph: everything moved', () => {
    const a = lineFor('paragraphInserted');
    for (const ann of annotations) expect(a[ann.id], ann.id).toEqual({ id: ann.id, state: 'moved', text: ann.target.quote.exact });
  });

  it('both figure paragraphs deleted: their annotations are orphans, the others stay', () => {
    const a = lineFor('figureParagraphsDeleted');
    for (const id of ['nato-said', 'casualties', 'residents']) expect(a[id], id).toEqual({ id, state: 'orphan' });
    expect(a.inflation).toEqual({ id: 'inflation', state: 'moved', text: '12.5 percent' });
    expect(a['peskov-said']).toEqual({ id: 'peskov-said', state: 'exact', text: 'said' });
  });

  it('a missing page is reported on stderr, the other pages still printed, exit 1', () => {
    const run = anchorCli(join(dir, 'export.json'), join(dir, 'missing.html'), join(dir, files.original));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read the page .*missing\.html/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('a bad export is reported on stderr with exit 1, nothing printed', () => {
    writeFileSync(join(dir, 'bad.json'), '{"format": "claimlens-annotations", ');
    const bad = anchorCli(join(dir, 'bad.json'), join(dir, files.original));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/cannot read the export .*bad\.json: Not a JSON file/);
    expect(bad.stdout).toBe('');
    const missing = anchorCli(join(dir, 'nope.json'), join(dir, files.original));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the export .*nope\.json.*ENOENT/);
  }, 60_000);
});
