import { useT } from '../../utils/i18n/react';
import type { Translate } from '../../utils/i18n/translate';
import type { Annotation, Page, StoredClaim } from '../../utils/model/annotation';
import type { ClaimView, DiffPart } from '../../utils/messaging';
import { AnnotationEditor } from './AnnotationEditor';
import { useLabels } from './labels';
import type { ClaimRow } from './rows';

interface Props {
  row: ClaimRow;
  page: Page;
  tabId: number | null;
  selected: boolean;
  /** The row the Tab key reaches (roving focus: one row in the tab order, arrows move between rows). */
  tabStop: boolean;
  open: boolean;
  takeFocus: boolean;
  onShow(): void;
  onToggle(): void;
  onDismiss(): void;
  onRestore(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  onStillHolds(): void;
}

/** One claim: its words, what the detector read in it, its sentence, its review state; opens into the editor. */
export function ClaimItem(props: Props) {
  const { row, page, tabId, selected, tabStop, open } = props;
  const { view, annotation } = row;
  const { t } = useT();
  const labels = useLabels();
  const label = claimLabel(view, t);
  const action = t(open ? 'claim.close' : annotation ? 'claim.edit' : 'claim.annotate');
  const claim = annotation?.claimEditedAt ? annotation.claim : view.claim;
  return (
    <li className={`claim ${view.claim.type}${selected ? ' selected' : ''}${row.dismissed ? ' dismissed' : ''}`} data-claim-key={view.key} aria-current={selected ? 'true' : undefined}>
      <div className="claim-head">
        <span className={`kind-chip ${view.claim.type}`}>{labels.kinds[view.claim.type]}</span>
        <button type="button" className="claim-text" tabIndex={tabStop ? 0 : -1} title={t('claim.showInPage')} aria-label={view.claim.type === 'attribution' ? label : undefined} onClick={props.onShow}>
          {view.claim.type === 'attribution' ? label : view.claim.text}
        </button>
        {row.dismissed && annotation ? (
          <button type="button" className="annotate" tabIndex={tabStop ? 0 : -1} aria-label={t('claim.actionLabel', { action: t('claim.restore'), label })} onClick={() => props.onRestore(annotation)}>
            {t('claim.restore')}
          </button>
        ) : (
          <button type="button" className="annotate" tabIndex={tabStop || open ? 0 : -1} aria-expanded={open} aria-label={t('claim.actionLabel', { action, label })} onClick={props.onToggle}>
            {action}
          </button>
        )}
      </div>
      {(row.verdict !== 'unreviewed' || row.needsRecheck || row.dismissed || row.anchor?.state === 'moved') && (
        <div className="claim-state">
          {row.verdict !== 'unreviewed' && <span className={`verdict-badge ${row.verdict}`}>{labels.verdicts[row.verdict]}</span>}
          {row.needsRecheck && <span className="recheck">{t('claim.needsRecheck')}</span>}
          {row.dismissed && <span className="dismissed-chip">{t('claim.notAClaim')}</span>}
          {row.anchor?.state === 'moved' && <span className="moved">{t('claim.moved')}</span>}
        </div>
      )}
      <ClaimDetails claim={claim} corrected={annotation?.claimEditedAt !== undefined} />
      {row.needsRecheck && row.anchor?.diff && <ChangedWords diff={row.anchor.diff} label={label} onStillHolds={props.onStillHolds} />}
      <Sentence view={view} />
      {open && (
        <AnnotationEditor
          row={row}
          page={page}
          tabId={tabId}
          takeFocus={props.takeFocus}
          onClose={props.onToggle}
          onDismiss={props.onDismiss}
          onDelete={props.onDelete}
        />
      )}
    </li>
  );
}

/**
 * A name for the claim that makes sense alone (screen readers list buttons without their row), the speaker and
 * the cue in the page's order: "said" → "Oleh Saakyan said", "according to" → "According to the General Staff".
 */
export function claimLabel(view: ClaimView, t: Translate): string {
  const c = view.claim;
  if (c.type === 'attribution') {
    if (!c.source?.text) return t('claim.noSpeaker', { text: c.text });
    const sourceAfterCue = typeof c.start === 'number' && c.source.start > c.start;
    return sourceAfterCue ? `${c.text} ${c.source.text}` : `${c.source.text} ${c.text}`;
  }
  if (c.type === 'passage') return c.text.length > 60 ? `${c.text.slice(0, 57)}…` : c.text;
  return c.unit && !c.text.toLowerCase().includes(c.unit) ? `${c.text} (${c.unit})` : c.text;
}

/** The stored words against the page's words now: ~~3,000~~ 4,000. */
function ChangedWords({ diff, label, onStillHolds }: { diff: DiffPart[]; label: string; onStillHolds(): void }) {
  const { t } = useT();
  return (
    <div className="changed" role="note">
      <p>
        {t('claim.changedWords')}{' '}
        <span className="diff">
          {diff.map((part, i) =>
            part.op === 'removed' ? (
              <del key={i} aria-label={t('claim.removedWords', { text: part.text })}>
                {part.text}
              </del>
            ) : part.op === 'added' ? (
              <ins key={i} aria-label={t('claim.addedWords', { text: part.text })}>
                {part.text}
              </ins>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </span>
      </p>
      <button type="button" onClick={onStillHolds} aria-label={t('claim.actionLabel', { action: t('claim.stillHolds'), label })}>
        {t('claim.stillHolds')}
      </button>
    </div>
  );
}

function ClaimDetails({ claim, corrected }: { claim: StoredClaim; corrected: boolean }) {
  const { t, number } = useT();
  const fmt = (n: number) => number(n);
  const mark = corrected ? ` ${t('claim.corrected')}` : '';
  if (claim.type === 'quantity') {
    return (
      <dl className="details">
        <dt>{t('claim.value')}</dt>
        <dd>
          {claim.value === null ? '—' : claim.high !== undefined ? `${fmt(claim.value)}–${fmt(claim.high)}` : fmt(claim.value)}
          {mark}
        </dd>
        <dt>{t('claim.unit')}</dt>
        <dd>{claim.unit ?? (claim.currency || '—')}</dd>
        {claim.approx && (
          <>
            <dt>{t('claim.hedge')}</dt>
            <dd>{claim.hedges.length ? claim.hedges.join(', ') : t('claim.approximate')}</dd>
          </>
        )}
      </dl>
    );
  }
  if (claim.type === 'passage') return null;
  return (
    <dl className="details">
      <dt>{t('claim.speaker')}</dt>
      <dd className="speaker">
        {claim.source?.text || t('claim.notNamed')}
        {claim.resolved && claim.resolved !== claim.source?.text && ` (= ${claim.resolved})`}
        {mark}
      </dd>
      <dt>{t('claim.cue')}</dt>
      <dd>{claim.text}</dd>
      <dt>{t('claim.source')}</dt>
      <dd className="source-type" data-source-type={claim.sourceType}>
        {t(`source.${claim.sourceType}`)}
      </dd>
    </dl>
  );
}

/** The sentence with the claim in bold; built from text pieces, never from HTML. */
function Sentence({ view }: { view: ClaimView }) {
  const { sentence } = view;
  if (!sentence || sentence === view.claim.text) return null;
  const at = sentence.indexOf(view.claim.text);
  if (at < 0) return <p className="sentence">{sentence}</p>;
  return (
    <p className="sentence">
      {sentence.slice(0, at)}
      <strong>{view.claim.text}</strong>
      {sentence.slice(at + view.claim.text.length)}
    </p>
  );
}

