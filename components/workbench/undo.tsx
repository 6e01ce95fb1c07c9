import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useT } from '../../utils/i18n/react';
import type { Undo } from './annotation-actions';

interface Offer {
  message: string;
  undo: Undo;
}
type OfferUndo = (message: string, undo: Undo) => void;

const UndoContext = createContext<OfferUndo>(() => undefined);

/** The last destructive change (delete, dismiss) with its Undo, shown until the next one replaces it. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    setError(null);
    setOffer({ message, undo });
  }, []);
  const runUndo = async () => {
    if (!offer) return;
    try {
      await offer.undo();
      setOffer(null);
    } catch (e) {
      setError(t('undo.failed', { error: (e as Error).message }));
    }
  };
  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="undo-bar" role="status" aria-live="polite">
        {offer && (
          <>
            <span>{offer.message}</span>
            <button type="button" onClick={() => void runUndo()}>
              {t('undo.undo')}
            </button>
            <button type="button" aria-label={t('undo.dismiss')} onClick={() => setOffer(null)}>
              ×
            </button>
          </>
        )}
        {error && <span className="error">{error}</span>}
      </div>
    </UndoContext.Provider>
  );
}

export function useOfferUndo(): OfferUndo {
  return useContext(UndoContext);
}
