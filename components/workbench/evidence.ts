import type { EvidenceLink } from '../../utils/model/annotation';

/** Only http(s) URLs are stored (a `javascript:` link must never reach an export). */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** "example.org/report" is what people paste from an address bar: it means https://example.org/report. */
export function withScheme(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  // Only what reads as a host name gets a scheme: "Oryx spreadsheet" stays as typed (and is shown as not a link).
  const bare = trimmed.replace(/^\/\//, '');
  return /^[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/.test(bare) ? `https://${bare}` : trimmed;
}

/** The links that can be stored, and how many typed ones cannot (they stay in the editor, marked). */
export function storableEvidence(links: EvidenceLink[]): { stored: EvidenceLink[]; refused: number } {
  const stored: EvidenceLink[] = [];
  let refused = 0;
  for (const link of links) {
    const url = withScheme(link.url);
    if (url === '') continue;
    if (isWebAddress(url)) stored.push({ ...link, url });
    else refused++;
  }
  return { stored, refused };
}
