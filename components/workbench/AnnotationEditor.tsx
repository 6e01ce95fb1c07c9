import { useEffect, useId, useRef, useState } from 'react';
import { VERDICTS, type Annotation, type Page } from '../../utils/model/annotation';
import { RATING_SCALE, VERDICT_RATINGS } from '../../utils/export/claim-review';
import { useT, type I18n } from '../../utils/i18n/react';
import type { Translate } from '../../utils/i18n/translate';
import { verdictLabels } from '../../utils/model/labels';
import { ClaimCorrection } from './ClaimCorrection';
import { isWebAddress, withScheme } from './evidence';
import { VERDICT_KEYS } from './keys';
import { useLabels } from './labels';
import type { ClaimRow } from './rows';
import { useAnnotationDraft, type Conflict, type Draft, type SaveState } from './useAnnotationDraft';

interface Props {
  row: ClaimRow;
  page: Page;
  tabId: number | null;
  /** Opened from the keyboard or from a click on the page's mark: put the focus in the editor. */
  takeFocus?: boolean;
  onClose(): void;
  onDismiss(): void;
  onDelete(annotation: Annotation): void;
}

/** Verdict, note, evidence links, tags and a corrected claim; every change is saved at once. */
export function AnnotationEditor({ row, page, tabId, takeFocus, onClose, onDismiss, onDelete }: Props) {
  const { view, annotation } = row;
  const { draft, change, save, conflict, takeTheirs, keepMine } = useAnnotationDraft(view, page, annotation, { needsRecheck: row.needsRecheck, tabId });
  const id = useId();
  const i18n = useT();
  const { t } = i18n;
  const labels = useLabels();
  const hint = ratingHint(draft.verdict, i18n);
  const verdictRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (takeFocus) verdictRef.current?.focus();
  }, [takeFocus]);

  return (
    <div
      className="editor"
      role="group"
      aria-label={t('editor.label', { text: view.claim.text })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <label htmlFor={`${id}-verdict`}>{t('editor.verdict')}</label>
      <select
        id={`${id}-verdict`}
        ref={verdictRef}
        aria-describedby={hint ? `${id}-rating` : undefined}
        value={draft.verdict} onChange={(e) => change({ verdict: e.target.value as Draft['verdict'] })}>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {labels.verdicts[v]}
            {keyHint(v, t)}
          </option>
        ))}
      </select>

      {hint && (
        <p className="rating-hint" id={`${id}-rating`}>
          {hint}
        </p>
      )}

      <label htmlFor={`${id}-note`}>{t('editor.note')}</label>
      <textarea id={`${id}-note`} rows={3} value={draft.note} onChange={(e) => change({ note: e.target.value })} placeholder={t('editor.notePlaceholder')} />

      <EvidenceLinks draft={draft} change={change} idPrefix={id} />
      <FactCheckUrl draft={draft} change={change} idPrefix={id} />
      <Tags draft={draft} change={change} />
      <ClaimCorrection claim={draft.claim} edited={draft.claimEditedAt !== undefined} onChange={(claim, at) => change({ claim, claimEditedAt: at })} />
      {conflict && <ConflictNote conflict={conflict} onTakeTheirs={takeTheirs} onKeepMine={keepMine} />}

      <div className="editor-actions">
        <button type="button" onClick={onDismiss} aria-label={t('claim.actionLabel', { action: t('claim.notAClaim'), label: view.claim.text })}>
          {t('claim.notAClaim')}
        </button>
        {annotation && (
          <button type="button" className="danger" onClick={() => onDelete(annotation)} aria-label={t('orphans.deleteLabel', { text: view.claim.text })}>
            {t('editor.deleteAnnotation')}
          </button>
        )}
        <button type="button" onClick={onClose} aria-label={t('editor.closeLabel', { text: view.claim.text })}>
          {t('claim.close')}
        </button>
      </div>
      <SaveStatus save={save} />
    </div>
  );
}

const keyHint = (verdict: Draft['verdict'], t: Translate) => {
  const key = VERDICT_KEYS.find((k) => k.verdict === verdict)?.key;
  return key ? ` ${t('editor.keyHint', { key })}` : '';
};

/** How the verdict is published in ClaimReview (its name in the interface's language, as the export writes it). */
function ratingHint(verdict: Draft['verdict'], { t, language }: I18n): string | undefined {
  if (verdict === 'unreviewed') return undefined;
  const { ratingValue } = VERDICT_RATINGS[verdict];
  const scale = { worst: RATING_SCALE.worstRating, best: RATING_SCALE.bestRating };
  return ratingValue === undefined
    ? t('editor.ratingUnnumbered', { name: verdictLabels(language)[verdict], ...scale })
    : t('editor.ratingNumbered', { value: ratingValue, ...scale });
}

type ChangeDraft = (patch: Partial<Draft>) => void;

function EvidenceLinks({ draft, change, idPrefix }: { draft: Draft; change: ChangeDraft; idPrefix: string }) {
  const { t } = useT();
  const setLink = (i: number, patch: Partial<Draft['evidence'][number]>) => change({ evidence: draft.evidence.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <fieldset>
      <legend>{t('editor.evidence')}</legend>
      {draft.evidence.map((link, i) => {
        const invalid = link.url.trim() !== '' && !isWebAddress(withScheme(link.url));
        return (
          <div className="evidence-row" key={i}>
            <input
              aria-label={t('editor.evidenceLink', { n: i + 1 })}
              type="url"
              value={link.url}
              placeholder="https://…"
              aria-invalid={invalid}
              aria-describedby={invalid ? `${idPrefix}-invalid-${i}` : undefined}
              onChange={(e) => setLink(i, { url: e.target.value })}
              onBlur={() => link.url !== withScheme(link.url) && setLink(i, { url: withScheme(link.url) })}
            />
            <input aria-label={t('editor.evidenceTitle', { n: i + 1 })} value={link.title ?? ''} placeholder={t('editor.titlePlaceholder')} onChange={(e) => setLink(i, { title: e.target.value || undefined })} />
            <button type="button" aria-label={t('editor.removeLink', { n: i + 1 })} onClick={() => change({ evidence: draft.evidence.filter((_, j) => j !== i) })}>
              ×
            </button>
            {invalid && (
              <p className="field-error" id={`${idPrefix}-invalid-${i}`}>
                {t('editor.notWebAddress')}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => change({ evidence: [...draft.evidence, { url: '' }] })}>
        {t('editor.addLink')}
      </button>
    </fieldset>
  );
}

/** Where the desk published its fact-check: the ClaimReview export's url. Only a web address is saved. */
function FactCheckUrl({ draft, change, idPrefix }: { draft: Draft; change: ChangeDraft; idPrefix: string }) {
  const { t } = useT();
  const value = draft.factCheckUrl ?? '';
  const invalid = value.trim() !== '' && !isWebAddress(withScheme(value));
  return (
    <div className="fact-check-url">
      <label htmlFor={`${idPrefix}-fact-check`}>{t('editor.factCheckUrl')}</label>
      <input
        id={`${idPrefix}-fact-check`}
        type="url"
        value={value}
        placeholder={t('editor.factCheckPlaceholder')}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${idPrefix}-fact-check-invalid` : undefined}
        onChange={(e) => change({ factCheckUrl: e.target.value })}
        onBlur={() => value !== withScheme(value) && change({ factCheckUrl: withScheme(value) })}
      />
      {invalid && (
        <p className="field-error" id={`${idPrefix}-fact-check-invalid`}>
          {t('editor.notWebAddress')}
        </p>
      )}
    </div>
  );
}

function Tags({ draft, change }: { draft: Draft; change: ChangeDraft }) {
  const { t } = useT();
  const [tagInput, setTagInput] = useState('');
  const inputId = useId();
  const addTag = () => {
    const tag = tagInput.trim().toLowerCase();
    if (tag && !draft.tags.includes(tag)) change({ tags: [...draft.tags, tag] });
    setTagInput('');
  };
  return (
    <div className="tags">
      <label htmlFor={inputId}>{t('editor.tags')}</label>{' '}
      {draft.tags.map((tag) => (
        <span className="tag" key={tag}>
          {tag}
          <button type="button" aria-label={t('editor.removeTag', { tag })} onClick={() => change({ tags: draft.tags.filter((t) => t !== tag) })}>
            ×
          </button>
        </span>
      ))}
      <input
        id={inputId}
        aria-label={t('editor.addTag')}
        value={tagInput}
        placeholder={t('editor.addTagPlaceholder')}
        onChange={(e) => setTagInput(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            addTag();
          }
        }}
        onBlur={addTag}
      />
    </div>
  );
}

const FIELD_KEYS = { verdict: 'field.verdict', note: 'field.note', evidence: 'field.evidence', tags: 'field.tags', claim: 'field.claim' } as const;
const fieldName = (field: string, t: Translate) => (field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field);

function ConflictNote({ conflict, onTakeTheirs, onKeepMine }: { conflict: Conflict; onTakeTheirs(): void; onKeepMine(): void }) {
  const { t } = useT();
  const labels = useLabels();
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.text', { fields: conflict.fields.map((f) => fieldName(f, t)).join(` ${t('conflict.and')} `) })}
      </p>
      <dl>
        {conflict.fields.map((field) => (
          <div key={field}>
            <dt>{t('conflict.theirs', { field: fieldName(field, t) })}</dt>
            <dd className="theirs">{describe(conflict.theirs[field], t, labels.verdicts)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onTakeTheirs}>
        {t('conflict.useTheirs')}
      </button>
      <button type="button" onClick={onKeepMine}>
        {t('conflict.keepMine')}
      </button>
    </div>
  );
}

function describe(value: unknown, t: Translate, verdicts: Record<string, string>): string {
  if (typeof value === 'string') return value === '' ? t('conflict.empty') : (verdicts[value] ?? value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : (v as { url?: string }).url ?? JSON.stringify(v))).join(', ') || t('conflict.none');
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: string }).text);
  return String(value ?? t('conflict.none'));
}

function SaveStatus({ save }: { save: SaveState }) {
  const { t } = useT();
  if (save.status === 'error') {
    return (
      <p className="save-state error" role="alert">
        {t('save.error', { error: save.message })}
      </p>
    );
  }
  return (
    <p className={`save-state ${save.status}`} role="status">
      {save.status === 'saving' && t('save.saving')}
      {save.status === 'saved' && (save.refusedLinks === 0 ? t('save.saved') : t('save.savedExcept', { count: save.refusedLinks }))}
    </p>
  );
}
