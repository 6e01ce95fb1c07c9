import { useEffect, useId, useState } from 'react';
import { VERDICT_RATINGS, RATING_SCALE } from '../../utils/export/claim-review';
import { useT } from '../../utils/i18n/react';
import { verdictLabels } from '../../utils/model/labels';
import type { Publisher } from '../../utils/settings';

const isHttpUrl = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * The organisation that publishes the fact-checks: the author of every
 * ClaimReview export (and the creator in the W3C export). Saved when a field
 * is left, and only with an http(s) address or none; the rating scale the
 * verdicts are published on is shown beside it.
 */
export function PublisherSettings({ read, write, onMessage }: { read(): Promise<Publisher>; write(next: Publisher): Promise<unknown>; onMessage(text: string, error: boolean): void }) {
  const { t, language } = useT();
  const [publisher, setPublisher] = useState<Publisher | null>(null);
  const ids = { name: useId(), url: useId(), urlError: useId() };
  useEffect(() => {
    void read().then(setPublisher);
  }, [read]);
  if (!publisher) return null;

  const urlInvalid = publisher.url.trim() !== '' && !isHttpUrl(publisher.url.trim());
  const save = async () => {
    if (urlInvalid) return onMessage(t('publisher.invalidUrl'), true);
    try {
      await write({ name: publisher.name.trim(), url: publisher.url.trim() });
      onMessage(t('publisher.saved'), false);
    } catch (error) {
      onMessage(t('publisher.notSaved', { error: error instanceof Error ? error.message : String(error) }), true);
    }
  };

  return (
    <section aria-labelledby="publisher-heading">
      <h2 id="publisher-heading">{t('publisher.heading')}</h2>
      <p>{t('publisher.text')}</p>
      <div className="row">
        <label htmlFor={ids.name}>{t('publisher.name')}</label>
        <input id={ids.name} value={publisher.name} placeholder={t('publisher.namePlaceholder')} onChange={(e) => setPublisher({ ...publisher, name: e.target.value })} onBlur={() => void save()} />
      </div>
      <div className="row">
        <label htmlFor={ids.url}>{t('publisher.url')}</label>
        <input
          id={ids.url}
          type="url"
          value={publisher.url}
          placeholder="https://…"
          aria-invalid={urlInvalid}
          aria-describedby={urlInvalid ? ids.urlError : undefined}
          onChange={(e) => setPublisher({ ...publisher, url: e.target.value })}
          onBlur={() => void save()}
        />
      </div>
      {urlInvalid && (
        <p className="message error" id={ids.urlError}>
          {t('publisher.onlyHttp')}
        </p>
      )}
      <table className="rating-scale">
        <caption>
          {t('publisher.scaleCaption', { worst: RATING_SCALE.worstRating, best: RATING_SCALE.bestRating })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('publisher.verdict')}</th>
            <th scope="col">{t('publisher.ratingValue')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(VERDICT_RATINGS).map(([verdict, rating]) => (
            <tr key={verdict}>
              <td>{verdictLabels(language)[verdict as keyof typeof VERDICT_RATINGS]}</td>
              <td>{rating.ratingValue ?? t('publisher.noNumber')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
