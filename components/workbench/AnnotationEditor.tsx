import { useEffect, useId, useRef, useState } from 'react';
import { VERDICTS, type Annotation, type Page } from '../../utils/model/annotation';
import { ratingHint } from '../../utils/export/claim-review';
import { ClaimCorrection } from './ClaimCorrection';
import { isWebAddress, withScheme } from './evidence';
import { VERDICT_KEYS } from './keys';
import { VERDICT_LABELS } from './labels';
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
  const verdictRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (takeFocus) verdictRef.current?.focus();
  }, [takeFocus]);

  return (
    <div
      className="editor"
      role="group"
      aria-label={`Annotation of ${view.claim.text}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <label htmlFor={`${id}-verdict`}>Verdict</label>
      <select
        id={`${id}-verdict`}
        ref={verdictRef}
        aria-describedby={ratingHint(draft.verdict) ? `${id}-rating` : undefined}
        value={draft.verdict} onChange={(e) => change({ verdict: e.target.value as Draft['verdict'] })}>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABELS[v]}
            {keyHint(v)}
          </option>
        ))}
      </select>

      {ratingHint(draft.verdict) && (
        <p className="rating-hint" id={`${id}-rating`}>
          {ratingHint(draft.verdict)}
        </p>
      )}

      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} rows={3} value={draft.note} onChange={(e) => change({ note: e.target.value })} placeholder="What did you check? What did you find?" />

      <EvidenceLinks draft={draft} change={change} idPrefix={id} />
      <FactCheckUrl draft={draft} change={change} idPrefix={id} />
      <Tags draft={draft} change={change} />
      <ClaimCorrection claim={draft.claim} edited={draft.claimEditedAt !== undefined} onChange={(claim, at) => change({ claim, claimEditedAt: at })} />
      {conflict && <ConflictNote conflict={conflict} onTakeTheirs={takeTheirs} onKeepMine={keepMine} />}

      <div className="editor-actions">
        <button type="button" onClick={onDismiss} aria-label={`Not a claim: ${view.claim.text}`}>
          Not a claim
        </button>
        {annotation && (
          <button type="button" className="danger" onClick={() => onDelete(annotation)} aria-label={`Delete annotation: ${view.claim.text}`}>
            Delete annotation
          </button>
        )}
        <button type="button" onClick={onClose} aria-label={`Close editor: ${view.claim.text}`}>
          Close
        </button>
      </div>
      <SaveStatus save={save} />
    </div>
  );
}

const keyHint = (verdict: Draft['verdict']) => {
  const key = VERDICT_KEYS.find((k) => k.verdict === verdict)?.key;
  return key ? ` (key ${key})` : '';
};

type ChangeDraft = (patch: Partial<Draft>) => void;

function EvidenceLinks({ draft, change, idPrefix }: { draft: Draft; change: ChangeDraft; idPrefix: string }) {
  const setLink = (i: number, patch: Partial<Draft['evidence'][number]>) => change({ evidence: draft.evidence.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <fieldset>
      <legend>Evidence</legend>
      {draft.evidence.map((link, i) => {
        const invalid = link.url.trim() !== '' && !isWebAddress(withScheme(link.url));
        return (
          <div className="evidence-row" key={i}>
            <input
              aria-label={`Evidence link ${i + 1}`}
              type="url"
              value={link.url}
              placeholder="https://…"
              aria-invalid={invalid}
              aria-describedby={invalid ? `${idPrefix}-invalid-${i}` : undefined}
              onChange={(e) => setLink(i, { url: e.target.value })}
              onBlur={() => link.url !== withScheme(link.url) && setLink(i, { url: withScheme(link.url) })}
            />
            <input aria-label={`Evidence title ${i + 1}`} value={link.title ?? ''} placeholder="Title (optional)" onChange={(e) => setLink(i, { title: e.target.value || undefined })} />
            <button type="button" aria-label={`Remove evidence link ${i + 1}`} onClick={() => change({ evidence: draft.evidence.filter((_, j) => j !== i) })}>
              ×
            </button>
            {invalid && (
              <p className="field-error" id={`${idPrefix}-invalid-${i}`}>
                Not a web address: not saved.
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => change({ evidence: [...draft.evidence, { url: '' }] })}>
        Add evidence link
      </button>
    </fieldset>
  );
}

/** Where the desk published its fact-check: the ClaimReview export's url. Only a web address is saved. */
function FactCheckUrl({ draft, change, idPrefix }: { draft: Draft; change: ChangeDraft; idPrefix: string }) {
  const value = draft.factCheckUrl ?? '';
  const invalid = value.trim() !== '' && !isWebAddress(withScheme(value));
  return (
    <div className="fact-check-url">
      <label htmlFor={`${idPrefix}-fact-check`}>Published fact-check URL</label>
      <input
        id={`${idPrefix}-fact-check`}
        type="url"
        value={value}
        placeholder="https://… (optional)"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${idPrefix}-fact-check-invalid` : undefined}
        onChange={(e) => change({ factCheckUrl: e.target.value })}
        onBlur={() => value !== withScheme(value) && change({ factCheckUrl: withScheme(value) })}
      />
      {invalid && (
        <p className="field-error" id={`${idPrefix}-fact-check-invalid`}>
          Not a web address: not saved.
        </p>
      )}
    </div>
  );
}

function Tags({ draft, change }: { draft: Draft; change: ChangeDraft }) {
  const [tagInput, setTagInput] = useState('');
  const inputId = useId();
  const addTag = () => {
    const tag = tagInput.trim().toLowerCase();
    if (tag && !draft.tags.includes(tag)) change({ tags: [...draft.tags, tag] });
    setTagInput('');
  };
  return (
    <div className="tags">
      <label htmlFor={inputId}>Tags</label>{' '}
      {draft.tags.map((tag) => (
        <span className="tag" key={tag}>
          {tag}
          <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => change({ tags: draft.tags.filter((t) => t !== tag) })}>
            ×
          </button>
        </span>
      ))}
      <input
        id={inputId}
        aria-label="Add tag"
        value={tagInput}
        placeholder="Add tag, press Enter"
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

const FIELD_NAMES: Record<string, string> = { verdict: 'verdict', note: 'note', evidence: 'evidence links', tags: 'tags', claim: 'corrected claim' };

function ConflictNote({ conflict, onTakeTheirs, onKeepMine }: { conflict: Conflict; onTakeTheirs(): void; onKeepMine(): void }) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>Changed in another window</strong> at the same time: your {conflict.fields.map((f) => FIELD_NAMES[f] ?? f).join(' and ')} was saved over theirs.
      </p>
      <dl>
        {conflict.fields.map((field) => (
          <div key={field}>
            <dt>Their {FIELD_NAMES[field] ?? field}</dt>
            <dd className="theirs">{describe(conflict.theirs[field])}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onTakeTheirs}>
        Use theirs
      </button>
      <button type="button" onClick={onKeepMine}>
        Keep mine
      </button>
    </div>
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '(empty)' : (VERDICT_LABELS as Record<string, string>)[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : (v as { url?: string }).url ?? JSON.stringify(v))).join(', ') || '(none)';
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: string }).text);
  return String(value ?? '(none)');
}

function SaveStatus({ save }: { save: SaveState }) {
  if (save.status === 'error') {
    return (
      <p className="save-state error" role="alert">
        Not saved: {save.message}. Your text is kept here; the next change retries.
      </p>
    );
  }
  return (
    <p className={`save-state ${save.status}`} role="status">
      {save.status === 'saving' && 'Saving…'}
      {save.status === 'saved' && (save.refusedLinks === 0 ? 'Saved' : `Saved, except ${save.refusedLinks} ${save.refusedLinks === 1 ? 'link that is' : 'links that are'} not a web address`)}
    </p>
  );
}
