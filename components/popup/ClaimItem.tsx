import type { Annotation, Page } from '../../utils/model/annotation';
import type { ClaimView } from '../../utils/messaging';
import { AnnotationEditor, VERDICT_LABELS } from './AnnotationEditor';

interface Props {
  view: ClaimView;
  page: Page;
  stored: Annotation | undefined;
  open: boolean;
  onToggle(): void;
  onFocus(): void;
}

/** One claim: its words, what the detector read in it, its sentence; opens into the editor. */
export function ClaimItem({ view, page, stored, open, onToggle, onFocus }: Props) {
  const verdict = stored?.verdict ?? view.verdict;
  return (
    <li className={`claim ${view.claim.type}`} data-claim-key={view.key}>
      <div className="claim-head">
        <button type="button" className="claim-text" title="Show in page" onClick={onFocus}>
          {view.claim.text}
        </button>
        {verdict && verdict !== 'unreviewed' && <span className={`verdict-badge ${verdict}`}>{VERDICT_LABELS[verdict]}</span>}
        <button type="button" className="annotate" aria-expanded={open} onClick={onToggle}>
          {open ? 'Close' : stored ? 'Edit' : 'Annotate'}
        </button>
      </div>
      <ClaimDetails view={view} />
      <Sentence view={view} />
      {open && <AnnotationEditor view={view} page={page} stored={stored} />}
    </li>
  );
}

function ClaimDetails({ view }: { view: ClaimView }) {
  const c = view.claim;
  if (c.type === 'quantity') {
    return (
      <dl className="details">
        <dt>Value</dt>
        <dd>{c.value === null ? '—' : c.high !== undefined ? `${fmt(c.value)}–${fmt(c.high)}` : fmt(c.value)}</dd>
        <dt>Unit</dt>
        <dd>{c.unit ?? (c.currency || '—')}</dd>
        {c.approx && (
          <>
            <dt>Hedge</dt>
            <dd>{c.hedges.length ? c.hedges.join(', ') : 'approximate'}</dd>
          </>
        )}
      </dl>
    );
  }
  if (c.type === 'passage') {
    return (
      <dl className="details">
        <dt>Kind</dt>
        <dd>passage you selected</dd>
      </dl>
    );
  }
  return (
    <dl className="details">
      <dt>Speaker</dt>
      <dd className="speaker">
        {c.source?.text ?? 'not named'}
        {c.resolved && c.resolved !== c.source?.text && ` (= ${c.resolved})`}
      </dd>
      <dt>Cue</dt>
      <dd>{c.text}</dd>
      <dt>Source</dt>
      <dd>{c.sourceType}</dd>
    </dl>
  );
}

/** The sentence with the claim in bold; built from text pieces, never from HTML. */
function Sentence({ view }: { view: ClaimView }) {
  const { sentence } = view;
  const at = sentence.indexOf(view.claim.text);
  if (!sentence) return null;
  if (at < 0) return <p className="sentence">{sentence}</p>;
  return (
    <p className="sentence">
      {sentence.slice(0, at)}
      <strong>{view.claim.text}</strong>
      {sentence.slice(at + view.claim.text.length)}
    </p>
  );
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
