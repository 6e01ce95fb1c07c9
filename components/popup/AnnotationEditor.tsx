import { useState } from 'react';
import { VERDICTS, type Annotation, type Page } from '../../utils/model/annotation';
import type { ClaimView } from '../../utils/messaging';
import { isUrl, useAnnotationDraft } from './useAnnotationDraft';

export const VERDICT_LABELS: Record<(typeof VERDICTS)[number], string> = {
  unreviewed: 'Unreviewed',
  accurate: 'Accurate',
  'mostly-accurate': 'Mostly accurate',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

interface Props {
  view: ClaimView;
  page: Page;
  stored: Annotation | undefined;
}

/** Verdict, note, evidence links and tags for one claim; every change is saved at once. */
export function AnnotationEditor({ view, page, stored }: Props) {
  const { draft, change, save } = useAnnotationDraft(view, page, stored);
  const [tagInput, setTagInput] = useState('');
  const id = view.key.replace(/[^a-z0-9]/gi, '-');

  const addTag = () => {
    const tag = tagInput.trim().toLowerCase();
    if (tag && !draft.tags.includes(tag)) change({ tags: [...draft.tags, tag] });
    setTagInput('');
  };

  return (
    <div className="editor" aria-label="Annotation">
      <label htmlFor={`${id}-verdict`}>Verdict</label>
      <select id={`${id}-verdict`} value={draft.verdict} onChange={(e) => change({ verdict: e.target.value as Annotation['verdict'] })}>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABELS[v]}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} rows={3} value={draft.note} onChange={(e) => change({ note: e.target.value })} placeholder="What did you check? What did you find?" />

      <fieldset>
        <legend>Evidence</legend>
        {draft.evidence.map((link, i) => (
          <div className="evidence-row" key={i}>
            <input
              aria-label={`Evidence link ${i + 1}`}
              type="url"
              value={link.url}
              placeholder="https://…"
              aria-invalid={link.url !== '' && !isUrl(link.url)}
              onChange={(e) => change({ evidence: draft.evidence.map((l, j) => (j === i ? { ...l, url: e.target.value } : l)) })}
            />
            <input
              aria-label={`Evidence title ${i + 1}`}
              value={link.title ?? ''}
              placeholder="Title (optional)"
              onChange={(e) => change({ evidence: draft.evidence.map((l, j) => (j === i ? { ...l, title: e.target.value || undefined } : l)) })}
            />
            <button type="button" aria-label={`Remove evidence link ${i + 1}`} onClick={() => change({ evidence: draft.evidence.filter((_, j) => j !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => change({ evidence: [...draft.evidence, { url: '' }] })}>
          Add evidence link
        </button>
      </fieldset>

      <div className="tags">
        {draft.tags.map((tag) => (
          <span className="tag" key={tag}>
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => change({ tags: draft.tags.filter((t) => t !== tag) })}>
              ×
            </button>
          </span>
        ))}
        <input
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

      <p className={`save-state ${save.status}`} role={save.status === 'error' ? 'alert' : 'status'}>
        {save.status === 'saving' && 'Saving…'}
        {save.status === 'saved' && 'Saved'}
        {save.status === 'error' && `Not saved: ${save.message}. Your text is kept here; the next change retries.`}
      </p>
    </div>
  );
}
