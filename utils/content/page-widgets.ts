import type { Language } from '../i18n/languages';
import { pageKindLabel, pageVerdictLabel, translatePage as translate } from '../i18n/page-words';
import type { Verdict } from '../model/annotation';
import type { ClaimKind } from '../model/claim';

/** Words for the in-page widgets (shared with the panel, in the extension's language); page text is always set as text, never as HTML. */
function cardWords(language: Language) {
  return {
    verdict: (verdict: Verdict) => (verdict === 'unreviewed' ? translate(language, 'card.notReviewed') : pageVerdictLabel(language, verdict)),
    kind: (kind: ClaimKind) => (kind === 'quantity' ? translate(language, 'card.figure') : kind === 'passage' ? translate(language, 'card.yourPassage') : pageKindLabel(language, kind)),
  };
}

export interface CardContent {
  kind: ClaimKind;
  text: string;
  verdict?: Verdict;
  note?: string;
  dismissed?: boolean;
  recheck?: boolean;
}

/** A point relative to the widgets' host (the layer's origin). */
export interface Place {
  left: number;
  top: number;
}

/**
 * The small card shown while the pointer rests on a mark: kind, verdict and
 * the note's first line. It lives in the closed shadow root, so the page
 * cannot read the note.
 */
export class HoverCard {
  readonly element: HTMLElement;
  private language: Language = 'en';

  /** The extension's language (settings or browser); the content script sets it once read, and on every change. */
  setLanguage(language: Language): void {
    this.language = language;
  }

  constructor(container: HTMLElement) {
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'card';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    container.append(this.element);
  }

  show(content: CardContent, place: Place): void {
    const doc = this.element.ownerDocument;
    const line = (className: string, text: string) => Object.assign(doc.createElement('div'), { className, textContent: text });
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(this.language, key, params);
    const words = cardWords(this.language);
    const parts = [line('kind', t('card.kindLine', { kind: words.kind(content.kind), text: clip(content.text, 60) }))];
    if (content.dismissed) parts.push(line('verdict', t('card.dismissed')));
    else if (content.recheck) parts.push(line('verdict v-false', t('card.recheck', { verdict: words.verdict(content.verdict ?? 'unreviewed') })));
    else if (content.verdict) parts.push(line(`verdict v-${content.verdict}`, words.verdict(content.verdict)));
    const note = content.note?.split('\n').find((l) => l.trim());
    if (note) parts.push(line('note', clip(note.trim(), 120)));
    parts.push(line('hint', t(content.verdict || content.dismissed ? 'card.openHint' : 'card.annotateHint')));
    this.element.replaceChildren(...parts);
    Object.assign(this.element.style, { left: `${Math.max(0, place.left)}px`, top: `${Math.max(0, place.top)}px` });
    this.element.hidden = false;
  }

  /** A short message in the same place (e.g. a selection with no text). */
  say(message: string, place: Place): void {
    this.element.replaceChildren(Object.assign(this.element.ownerDocument.createElement('div'), { className: 'hint', textContent: message }));
    Object.assign(this.element.style, { left: `${Math.max(0, place.left)}px`, top: `${Math.max(0, place.top)}px` });
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  /** What the card says while shown, else null. */
  get shownText(): string | null {
    return this.element.hidden ? null : [...this.element.children].map((c) => c.textContent).join(' | ');
  }
}

/** The button offered next to a text selection: "Annotate". */
export class SelectionButton {
  readonly element: HTMLButtonElement;

  constructor(container: HTMLElement, onPress: () => void) {
    const doc = container.ownerDocument;
    this.element = doc.createElement('button');
    this.element.type = 'button';
    this.element.className = 'annotate';
    this.setLanguage('en');
    this.element.hidden = true;
    // Pressing must not clear the page's selection before it is read.
    this.element.addEventListener('pointerdown', (event) => event.preventDefault());
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
    this.element.addEventListener('click', (event) => {
      event.preventDefault();
      onPress();
    });
    container.append(this.element);
  }

  /** The extension's language (settings or browser), as for the card. */
  setLanguage(language: Language): void {
    this.element.textContent = translate(language, 'selection.button');
    this.element.setAttribute('aria-label', translate(language, 'selection.buttonLabel'));
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  show(place: Place): void {
    Object.assign(this.element.style, { left: `${Math.max(0, place.left)}px`, top: `${Math.max(0, place.top)}px` });
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const WIDGETS_CSS = `
.card, .annotate { position: absolute; z-index: 2; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; }
.card { width: max-content; max-width: 320px; background: #fff; border: 1px solid #9aa0a6; border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.2); pointer-events: none; }
.card .kind { font-weight: 600; }
.card .note { margin-top: 4px; color: #3c4043; }
.card .hint { margin-top: 4px; font-size: 13px; color: #5f6368; }
.card .v-false { color: #b3261e; } .card .v-accurate { color: #137333; } .card .v-misleading { color: #a04100; }
.annotate { white-space: nowrap; pointer-events: auto; cursor: pointer; background: #1a73e8; color: #fff; border: 0; border-radius: 14px; padding: 4px 12px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.annotate:focus-visible { outline: 3px solid #fbbc04; outline-offset: 2px; }
[hidden] { display: none !important; }
`;
