import { useEffect, useId, useState } from 'react';
import { VERDICT_RATINGS, RATING_SCALE } from '../../utils/export/claim-review';
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
  const [publisher, setPublisher] = useState<Publisher | null>(null);
  const ids = { name: useId(), url: useId(), urlError: useId() };
  useEffect(() => {
    void read().then(setPublisher);
  }, [read]);
  if (!publisher) return null;

  const urlInvalid = publisher.url.trim() !== '' && !isHttpUrl(publisher.url.trim());
  const save = async () => {
    if (urlInvalid) return onMessage('Organisation not saved: its address must start with http:// or https://.', true);
    try {
      await write({ name: publisher.name.trim(), url: publisher.url.trim() });
      onMessage('Organisation saved.', false);
    } catch (error) {
      onMessage(`Organisation not saved: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  };

  return (
    <section aria-labelledby="publisher-heading">
      <h2 id="publisher-heading">Your organisation (for ClaimReview)</h2>
      <p>
        The “schema.org ClaimReview” export names this organisation as the author of each review, as Google’s fact-check markup expects. It stays on this
        device like everything else.
      </p>
      <div className="row">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} value={publisher.name} placeholder="e.g. Example Fact Check" onChange={(e) => setPublisher({ ...publisher, name: e.target.value })} onBlur={() => void save()} />
      </div>
      <div className="row">
        <label htmlFor={ids.url}>Web address</label>
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
          Only an http:// or https:// address is kept.
        </p>
      )}
      <table className="rating-scale">
        <caption>
          How verdicts are rated in ClaimReview ({RATING_SCALE.worstRating} worst – {RATING_SCALE.bestRating} best)
        </caption>
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col">ratingValue</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(VERDICT_RATINGS).map(([verdict, rating]) => (
            <tr key={verdict}>
              <td>{rating.alternateName}</td>
              <td>{rating.ratingValue ?? 'none (named only)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
