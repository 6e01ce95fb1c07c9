import { useState } from 'react';
import type { StoredClaim } from '../../utils/model/annotation';
import { useT } from '../../utils/i18n/react';
import { useWorkbenchDeps } from './deps';

interface Props {
  claim: StoredClaim;
  edited: boolean;
  /** `editedAt`: when the user corrected it, stored so a new detection never replaces the correction. */
  onChange(claim: StoredClaim, editedAt: string): void;
}

/** Corrects what the detector read: the speaker of an attribution, the value and unit of a quantity. */
export function ClaimCorrection({ claim, edited, onChange }: Props) {
  const deps = useWorkbenchDeps();
  const { t } = useT();
  if (claim.type === 'passage') return null;
  const now = () => deps.now().toISOString();
  return (
    <details className="correction" open={edited}>
      <summary>
        {t('correction.title')}
        {edited ? ` ${t('claim.corrected')}` : ''}
      </summary>
      {claim.type === 'attribution' ? (
        <div className="correction-fields">
          <label>
            {t('claim.speaker')}
            <input
              value={claim.source?.text ?? ''}
              onChange={(e) => onChange({ ...claim, source: { start: claim.source?.start ?? 0, end: claim.source?.end ?? 0, text: e.target.value } }, now())}
            />
          </label>
          <label>
            {t('correction.standsFor')}
            <input value={claim.resolved ?? ''} onChange={(e) => onChange({ ...claim, resolved: e.target.value || undefined }, now())} />
          </label>
        </div>
      ) : (
        <QuantityFields claim={claim} onChange={(c) => onChange(c, now())} />
      )}
    </details>
  );
}

function QuantityFields({ claim, onChange }: { claim: Extract<StoredClaim, { type: 'quantity' }>; onChange(claim: StoredClaim): void }) {
  // The typed text stays as typed ("1,2" half-way to "1,200"); the claim changes when it reads as a number.
  const { t } = useT();
  const [value, setValue] = useState(claim.value === null ? '' : String(claim.value));
  const parsed = value.trim() === '' ? null : Number(value.replace(/[,\s]/g, ''));
  const invalid = parsed !== null && !Number.isFinite(parsed);
  return (
    <div className="correction-fields">
      <label>
        {t('claim.value')}
        <input
          inputMode="decimal"
          value={value}
          aria-invalid={invalid}
          onChange={(e) => {
            setValue(e.target.value);
            const n = e.target.value.trim() === '' ? null : Number(e.target.value.replace(/[,\s]/g, ''));
            if (n === null || Number.isFinite(n)) onChange({ ...claim, value: n });
          }}
        />
      </label>
      {invalid && <p className="field-error">{t('correction.notANumber')}</p>}
      <label>
        {t('claim.unit')}
        <input value={claim.unit ?? ''} onChange={(e) => onChange({ ...claim, unit: e.target.value || null })} />
      </label>
    </div>
  );
}
