import type { AttributionClaim, Language } from '../model/claim';
export function detectAttributions(_text: string, _lang: Language): AttributionClaim[] {
  return [];
}
