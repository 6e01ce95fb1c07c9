import type { Message, SlavicPlural } from '../catalogue';

/**
 * Every string of the interface, in English. This object is the key set: the
 * Russian and Ukrainian catalogues are typed against it, so a missing key is
 * a type error. `{name}` is a placeholder; a message with `one`/`other` forms
 * takes its form from `{count}`.
 */
export const en = {
  // The extension (manifest: public/_locales/*/messages.json must say the same, tests/unit/i18n-catalogues.test.ts).
  'ext.name': 'Claimlens',
  'ext.description': 'Marks checkable claims (quantities, attributions) in news articles and keeps your fact-check notes on your device.',
  'command.annotate': 'Annotate the selected passage',
  'command.openPanel': 'Open the Claimlens side panel',
  'command.openSidebar': 'Open the Claimlens sidebar',
  'menu.annotateSelection': 'Annotate selection with Claimlens',

  // Verdicts and kinds of claim.
  'verdict.unreviewed': 'Unreviewed',
  'verdict.accurate': 'Accurate',
  'verdict.mostly-accurate': 'Mostly accurate',
  'verdict.mixed': 'Mixed',
  'verdict.misleading': 'Misleading',
  'verdict.false': 'False',
  'verdict.unverifiable': 'Unverifiable',
  'kind.quantity': 'Quantity',
  'kind.attribution': 'Attribution',
  'kind.passage': 'Passage you selected',
  'kinds.quantity': 'Quantities',
  'kinds.attribution': 'Attributions',
  'kinds.passage': 'Passages',
  'source.person': 'person',
  'source.organisation': 'organisation',
  'source.official': 'official',
  'source.anonymous': 'anonymous',
  'source.vague': 'vague',
  'source.pronoun': 'pronoun',
  'source.unknown': 'unknown',

  // The in-page hover card and selection button.
  'card.figure': 'Figure',
  'card.yourPassage': 'Your passage',
  'card.notReviewed': 'Not reviewed yet',
  'card.kindLine': '{kind}: “{text}”',
  'card.dismissed': 'Dismissed: not a claim',
  'card.recheck': 'Needs re-check: the text changed since it was marked {verdict}',
  'card.openHint': 'Click to open it in the Claimlens panel',
  'card.annotateHint': 'Click to annotate it in the Claimlens panel',
  'card.noPageText': 'Claimlens cannot annotate this selection: it holds no page text.',
  'selection.button': '✎ Annotate',
  'selection.buttonLabel': 'Annotate the selected passage with Claimlens',

  // The workbench: this page.
  'page.reading': 'Reading the page…',
  'page.noTab': 'No tab to read.',
  'page.unreadable': 'Claimlens cannot read this tab. It works on web pages (http/https); reload the page if it was open before Claimlens was installed.',
  'page.scanSite': 'Scan {site}',
  'page.claimCount': { one: '{count} claim', other: '{count} claims' },
  'page.annotatedCount': { one: '{count} annotated', other: '{count} annotated' },
  'page.scannedIn': 'scanned in {ms} ms',
  'page.capNote': { one: 'First {marked} of {count} claim marked in the page; all are listed here.', other: 'First {marked} of {count} claims marked in the page; all are listed here.' },
  'page.scanningOff': 'Scanning is off for this site.',
  'page.showing': { one: 'Showing {shown} of {count} claim.', other: 'Showing {shown} of {count} claims.' },
  'page.showMore': 'Show {count} more',
  'page.deleted': 'Deleted the annotation of “{label}”.',
  'page.dismissed': '“{label}” marked as not a claim and hidden.',

  // One claim in the list.
  'claim.showInPage': 'Show in page',
  'claim.restore': 'Restore',
  'claim.annotate': 'Annotate',
  'claim.edit': 'Edit',
  'claim.close': 'Close',
  'claim.actionLabel': '{action}: {label}',
  'claim.needsRecheck': 'Needs re-check',
  'claim.notAClaim': 'Not a claim',
  'claim.moved': 'moved in the page',
  'claim.noSpeaker': '{text} (no speaker named)',
  'claim.changedWords': 'The page changed these words since your verdict:',
  'claim.removedWords': 'removed: {text}',
  'claim.addedWords': 'added: {text}',
  'claim.stillHolds': 'Still holds',
  'claim.corrected': '(corrected)',
  'claim.value': 'Value',
  'claim.unit': 'Unit',
  'claim.hedge': 'Hedge',
  'claim.approximate': 'approximate',
  'claim.speaker': 'Speaker',
  'claim.notNamed': 'not named',
  'claim.cue': 'Cue',
  'claim.source': 'Source',
  'list.noMatch': 'No claims match.',
  'list.label': 'Claims in reading order',

  // Search and filters.
  'filter.label': 'Search and filter this page',
  'filter.searchLabel': 'Search this page’s claims',
  'filter.searchPlaceholder': 'Search this page: words, speaker, note, tag',
  'filter.show': 'Show',
  'filter.verdict': 'Verdict',
  'filter.anyVerdict': 'Any verdict',
  'filter.annotated': 'Annotated',
  'filter.annotatedAny': 'Annotated or not',
  'filter.annotatedYes': 'Annotated',
  'filter.annotatedNo': 'Not yet annotated',
  'filter.mine': 'Mine (selected by hand)',
  'filter.showDismissed': 'Show dismissed',
  'filter.matching': { one: '{shown} of {count} claim match', other: '{shown} of {count} claims match' },
  'filter.clear': 'Clear filters',

  // Correcting a detection.
  'correction.title': 'Correct the detection',
  'correction.standsFor': 'Stands for (who the speaker is)',
  'correction.notANumber': 'Not a number: the stored value is unchanged.',

  // Keyboard help and legend.
  'keys.title': 'Keyboard',
  'keys.arrows': '↓ ↑ or j k',
  'keys.arrowsHelp': 'next / previous claim (the page scrolls to it)',
  'keys.enter': 'Enter',
  'keys.enterHelp': 'open the editor · Esc closes it',
  'keys.notSet': 'not set',
  'keys.annotateHelp': 'annotate the text selected in the page',
  'keys.changeShortcut': 'Change shortcut',
  'keys.firefoxShortcuts': 'Firefox: open about:addons, click the gear icon, then “Manage Extension Shortcuts”.',
  'legend.title': 'What the colours in the page mean',
  'legend.kinds': 'Kinds of claim',
  'legend.verdicts': 'Verdicts',
  'legend.swatch': 'Abc',
  'legend.sample': 'claim',

  // Annotations no longer in the page.
  'orphans.title': 'No longer in the page ({count})',
  'orphans.hint': 'The page’s text changed and these passages were not found. Select the passage in the page and re-attach, or delete.',
  'orphans.reattached': 'Re-attached “{text}” to your selection.',
  'orphans.selectFirst': 'Select the passage in the page first, then press Re-attach.',
  'orphans.reattachFailed': 'Could not re-attach: {error}',
  'orphans.reattach': 'Re-attach to selection',
  'orphans.reattachLabel': 'Re-attach to selection: {text}',
  'orphans.delete': 'Delete',
  'orphans.deleteLabel': 'Delete annotation: {text}',

  // Undo bar and tabs.
  'undo.undo': 'Undo',
  'undo.failed': 'Could not undo: {error}',
  'undo.dismiss': 'Dismiss this message',
  'tabs.label': 'Views',

  // The settings page.
  'settings.pageTitle': 'Claimlens settings',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** A Russian or Ukrainian catalogue: every key of English, every plural form (one, few, many, other). */
export type SlavicCatalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : SlavicPlural };
