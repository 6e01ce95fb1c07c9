import { VERDICTS } from '../../utils/model/annotation';
import { kindColour, verdictUnderline } from './legend-colours';
import { useT } from '../../utils/i18n/react';
import { useLabels } from './labels';
import { ALL_KINDS } from './rows';

/** What the marks in the page mean: background = kind, underline = verdict (style as well as colour). */
export function Legend() {
  const { t } = useT();
  const labels = useLabels();
  return (
    <details className="legend">
      <summary>{t('legend.title')}</summary>
      <ul aria-label={t('legend.kinds')}>
        {ALL_KINDS.map((kind) => {
          const colour = kindColour(kind);
          return (
            <li key={kind}>
              <span className={`swatch ${kind}`} style={{ background: colour }} aria-hidden="true">
                {t('legend.swatch')}
              </span>{' '}
              {labels.kinds[kind]}
            </li>
          );
        })}
      </ul>
      <ul aria-label={t('legend.verdicts')}>
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <span className="underline-sample" style={verdictUnderline(verdict)} aria-hidden="true">
              {t('legend.sample')}
            </span>{' '}
            {labels.verdicts[verdict]}
          </li>
        ))}
      </ul>
    </details>
  );
}
