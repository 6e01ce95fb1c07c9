import { VERDICTS } from '../../utils/model/annotation';
import { kindColour, verdictUnderline } from './legend-colours';
import { KIND_LABELS, VERDICT_LABELS } from './labels';
import { ALL_KINDS } from './rows';

/** What the marks in the page mean: background = kind, underline = verdict (style as well as colour). */
export function Legend() {
  return (
    <details className="legend">
      <summary>What the colours in the page mean</summary>
      <ul aria-label="Kinds of claim">
        {ALL_KINDS.map((kind) => {
          const colour = kindColour(kind);
          return (
            <li key={kind}>
              <span className={`swatch ${kind}`} style={{ background: colour }} aria-hidden="true">
                Abc
              </span>{' '}
              {KIND_LABELS[kind]}
            </li>
          );
        })}
      </ul>
      <ul aria-label="Verdicts">
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <span className="underline-sample" style={verdictUnderline(verdict)} aria-hidden="true">
              claim
            </span>{' '}
            {VERDICT_LABELS[verdict]}
          </li>
        ))}
      </ul>
    </details>
  );
}
