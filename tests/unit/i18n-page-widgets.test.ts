// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HoverCard, SelectionButton } from '../../utils/content/page-widgets';

describe('the in-page widgets', () => {
  it('speak English until told the extension’s language, then that language', () => {
    const card = new HoverCard(document.body);
    const button = new SelectionButton(document.body, () => undefined);
    card.show({ kind: 'quantity', text: '3,000', verdict: 'false', note: 'Kyiv says 11,000' }, { left: 0, top: 0 });
    expect(card.shownText).toBe('Figure: “3,000” | False | Kyiv says 11,000 | Click to open it in the Claimlens panel');
    expect(button.element.textContent).toBe('✎ Annotate');

    card.setLanguage('ru');
    button.setLanguage('ru');
    card.show({ kind: 'quantity', text: '3,000', verdict: 'false', note: 'Kyiv says 11,000' }, { left: 0, top: 0 });
    expect(card.shownText).toBe('Число: «3,000» | Неправда | Kyiv says 11,000 | Нажмите, чтобы открыть в панели Claimlens');
    card.show({ kind: 'attribution', text: 'said', verdict: 'accurate', recheck: true }, { left: 0, top: 0 });
    expect(card.shownText).toBe('Источник: «said» | Нужно перепроверить: текст изменился после вердикта «Правда» | Нажмите, чтобы открыть в панели Claimlens');
    expect(button.element.textContent).toBe('✎ Разобрать');
    expect(button.element.getAttribute('aria-label')).toBe('Разобрать выделенный фрагмент в Claimlens');

    card.setLanguage('uk');
    card.show({ kind: 'passage', text: 'visited Moscow', dismissed: true }, { left: 0, top: 0 });
    expect(card.shownText).toBe('Ваш фрагмент: «visited Moscow» | Приховано: не твердження | Натисніть, щоб відкрити в панелі Claimlens');
  });
});
