import { useState } from 'react';
import type { Annotation, Page } from '../../utils/model/annotation';
import type { ClaimView } from '../../utils/messaging';
import { ClaimItem } from './ClaimItem';

const GROUPS = [
  { kind: 'quantity', title: 'Quantities' },
  { kind: 'attribution', title: 'Attributions' },
] as const;

interface Props {
  claims: ClaimView[];
  page: Page;
  annotations: Map<string, Annotation>;
  onFocus(key: string): void;
}

/** This page's claims grouped by kind, with counts. */
export function ClaimList({ claims, page, annotations, onFocus }: Props) {
  const [openKey, setOpenKey] = useState<string | null>(null);
  return (
    <>
      {GROUPS.map(({ kind, title }) => {
        const group = claims.filter((v) => v.claim.type === kind);
        return (
          <section key={kind} className="group" aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>
              {title} <span className="count">({group.length})</span>
            </h2>
            {group.length === 0 ? (
              <p className="empty">None found.</p>
            ) : (
              <ul>
                {group.map((view) => (
                  <ClaimItem
                    key={view.key}
                    view={view}
                    page={page}
                    stored={view.annotationId ? annotations.get(view.annotationId) : undefined}
                    open={openKey === view.key}
                    onToggle={() => setOpenKey(openKey === view.key ? null : view.key)}
                    onFocus={() => onFocus(view.key)}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
