import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { AttributionClaimSchema, ClaimSchema, PassageClaimSchema, QuantityClaimSchema, SpanSchema } from './model/claim';
import {
  AnchorStateSchema,
  AnnotationSchema,
  EvidenceLinkSchema,
  LastAnchorSchema,
  PageSchema,
  StoredClaimSchema,
  TargetSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  VerdictSchema,
} from './model/annotation';

/**
 * The one message protocol between the extension's contexts. Each message's
 * data and answer are zod schemas; types come from z.infer, and every
 * handler validates what it receives (a page can't forge a well-typed call).
 */
export const ClaimViewSchema = lazySchema(() =>
  z.object({
    /** Stable within one scan of a page: kind + offsets in the article text. */
    key: z.string(),
    claim: ClaimSchema,
    sentence: z.string(),
    target: TargetSchema,
    annotationId: z.string().optional(),
    verdict: VerdictSchema.optional(),
    /** For an annotated claim: how its stored passage was found (changed = the verdict needs a re-check). */
    anchorState: AnchorStateSchema.optional(),
    /** The user marked this detection "not a claim": listed only on request, not marked in the page. */
    dismissed: z.boolean().optional(),
  }),
);
export type ClaimView = z.infer<typeof ClaimViewSchema>;

/** One word-level edit between a stored quote and what the page says now. */
export const DiffPartSchema = lazySchema(() => z.object({ op: z.enum(['same', 'removed', 'added']), text: z.string() }));
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** Where each stored annotation of the page stands in this scan. */
export const AnchorViewSchema = lazySchema(() =>
  z.object({
    annotationId: z.string(),
    state: AnchorStateSchema,
    /** The claim it is shown on (absent for an orphan). */
    key: z.string().optional(),
    /** What the annotation covers now (absent for an orphan). */
    text: z.string().optional(),
    /** For `changed`: the stored quote against the page's words. */
    diff: z.array(DiffPartSchema).optional(),
  }),
);
export type AnchorView = z.infer<typeof AnchorViewSchema>;

/** A passage the user selected in the page, described with the same W3C selectors as detected claims. */
export const SelectionTargetSchema = lazySchema(() =>
  z.object({
    target: TargetSchema,
    text: z.string().min(1),
    sentence: z.string(),
    page: PageSchema,
  }),
);
export type SelectionTarget = z.infer<typeof SelectionTargetSchema>;

export const PageClaimsSchema = lazySchema(() =>
  z.object({
    page: PageSchema,
    lang: z.string().optional(),
    scanning: z.boolean(),
    /** Claims in reading order, `offset` onwards (at most the `limit` asked for): huge pages are read in pages. */
    claims: z.array(ClaimViewSchema),
    offset: z.number().int().nonnegative(),
    /** All claims of the page, in every page of the list. */
    total: z.number().int().nonnegative(),
    /** How many claims are marked in the page: marks stop at a cap on huge pages ("first N of M claims marked"). */
    marked: z.number().int().nonnegative(),
    /** Every stored annotation of the page with its anchoring state (orphans included). */
    anchors: z.array(AnchorViewSchema),
    /** Annotations stored for this page whose passage is no longer in it. */
    orphanIds: z.array(z.string()),
    /** The claim the user last clicked in the page (or created there), for a panel that opens after the click. */
    activeKey: z.string().optional(),
    /** Milliseconds the content script spent extracting, detecting and marking. */
    scanMs: z.number(),
    /** Milliseconds spent scanning this document since it loaded, every scan and added chunk counted (a bound on busy pages). */
    busyMs: z.number(),
    /** Full scans of this page so far (load, navigation, site switched on). */
    scans: z.number().int().nonnegative(),
  }),
);
export type PageClaims = z.infer<typeof PageClaimsSchema>;

/**
 * One message's schemas, built the first time the message is sent or
 * handled: a page's scanner uses a handful of the messages, and building
 * all of them when it loads would hold the page's main thread (issue 10).
 */
function message<Data extends z.ZodType, Answer extends z.ZodType>(build: () => { data: Data; answer: Answer }): { data: Data; answer: Answer } {
  let built: { data: Data; answer: Answer } | undefined;
  const schemas = () => (built ??= build());
  return { data: lazySchema(() => schemas().data), answer: lazySchema(() => schemas().answer) };
}

export const schemas = {
  // content script → background
  getPageAnnotations: message(() => ({
    data: z.object({ url: z.string().url(), canonicalUrl: z.string().url().optional() }),
    answer: z.array(AnnotationSchema),
  })),
  // content script → background: the user annotated a selection in the page (button, menu or shortcut)
  createPassage: message(() => ({ data: SelectionTargetSchema, answer: AnnotationSchema })),
  // content script → background: ask the browser to show the side panel / sidebar for this tab
  openPanel: message(() => ({ data: z.object({ key: z.string().optional() }), answer: z.object({ opened: z.boolean() }) })),
  // content script → extension pages: the user clicked a mark or created a passage; the panel of that tab shows it
  claimActivated: message(() => ({ data: z.object({ key: z.string(), annotationId: z.string().optional() }), answer: z.void() })),
  // content script → extension pages: the page was (re)scanned or its annotations re-joined; open views list it again
  pageChanged: message(() => ({ data: z.object({ url: z.string() }), answer: z.void() })),
  // background → content script: context menu or keyboard shortcut "Annotate selection"
  annotateSelection: message(() => ({ data: z.undefined(), answer: z.object({ created: z.boolean(), reason: z.string().optional() }) })),
  // extension pages → content script: what is drawn where only the user sees it (for the panel's legend and the tests)
  listMarks: message(() => ({
    data: z.undefined(),
    answer: z.object({
      marks: z.array(
        z.object({
          text: z.string(),
          kind: z.enum(['quantity', 'attribution', 'passage']),
          verdict: VerdictSchema.optional(),
          dismissed: z.boolean(),
          recheck: z.boolean(),
          /** Boxes drawn for it in the overlay (0 when its text is not laid out). */
          boxes: z.number().int().nonnegative(),
        }),
      ),
      focus: z.string().nullable(),
      /** The hover card's text while it is shown. */
      card: z.string().nullable(),
    }),
  })),
  // settings page → background: save a backup file now
  backupNow: message(() => ({ data: z.undefined(), answer: z.object({ saved: z.boolean(), filename: z.string().optional(), error: z.string().optional() }) })),
  // loader → background: the page looks like a story (utils/loader): inject the scanner into this tab's frame
  loadScanner: message(() => ({
    data: z.object({ reason: z.enum(['json-ld', 'og:type', 'microdata', 'article-element', 'paragraphs', 'earlier-scanner']), decisionMs: z.number().nonnegative() }),
    answer: z.object({ ready: z.boolean() }),
  })),
  // extension pages → background: the panel or popup needs a scanner in this tab, article or not (injected when missing)
  ensureScanner: message(() => ({ data: z.object({ tabId: z.number().int().nonnegative() }), answer: z.object({ ready: z.boolean() }) })),
  // background → scanner: is a live instance of the current version there?
  ping: message(() => ({ data: z.undefined(), answer: z.object({ alive: z.literal(true) }) })),
  // popup / side panel → content script of a tab
  listClaims: message(() => ({
    data: z.object({ offset: z.number().int().nonnegative().optional(), limit: z.number().int().positive().max(5000).optional() }).optional(),
    answer: PageClaimsSchema,
  })),
  focusClaim: message(() => ({ data: z.object({ key: z.string() }), answer: z.object({ found: z.boolean() }) })),
  annotationsChanged: message(() => ({ data: z.undefined(), answer: z.void() })),
  /** The page's current selection as a target (to re-attach an orphan), or null when nothing is selected. */
  readSelection: message(() => ({ data: z.undefined(), answer: SelectionTargetSchema.nullable() })),
} as const;

type Schemas = typeof schemas;
export type MessageType = keyof Schemas;
export type MessageData<T extends MessageType> = z.infer<Schemas[T]['data']>;
export type MessageAnswer<T extends MessageType> = z.infer<Schemas[T]['answer']>;

type ProtocolMap = { [T in MessageType]: (data: MessageData<T>) => MessageAnswer<T> };

const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

/**
 * Sends a message (to the background, or to a tab's content script when
 * `tabId` is given) and validates the answer before anyone uses it.
 */
export async function request<T extends MessageType>(type: T, data: MessageData<T>, tabId?: number): Promise<MessageAnswer<T>> {
  const send = messenger.sendMessage as (type: T, data: MessageData<T>, tabId?: number) => Promise<unknown>;
  const answer = await send(type, data, tabId);
  const parsed = (schemas[type].answer as unknown as z.ZodType<MessageAnswer<T>>).safeParse(answer);
  if (!parsed.success) throw new Error(`Unexpected answer to ${type}: ${parsed.error.issues[0]?.message ?? 'bad data'}`);
  return parsed.data;
}

/** Registers a handler that only ever sees data that passed its schema. Returns the remover. */
export function handleMessage<T extends MessageType>(
  type: T,
  handler: (data: MessageData<T>, sender: ExtensionMessage['sender']) => MessageAnswer<T> | Promise<MessageAnswer<T>>,
): () => void {
  const schema = schemas[type].data as unknown as z.ZodType<MessageData<T>>;
  return messenger.onMessage(type, (message) => {
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) throw new Error(`Invalid ${String(type)} message: ${parsed.error.issues[0]?.message ?? 'bad data'}`);
    return handler(parsed.data, message.sender) as never;
  });
}

/**
 * The schemas a scanner parses first, innermost first: the background's
 * ping, then the page's stored annotations (some 50 zod builders) and the
 * panel's requests. Built on first use, the annotations' answer would build
 * them all in the one task it arrives in (20–40 ms on a busy machine, cold
 * code in a fresh content script); the scanner builds them beforehand, one
 * per turn of the main thread (issue 10).
 */
export function scannerSchemas(): object[] {
  return [
    schemas.ping.data,
    schemas.ping.answer,
    SpanSchema,
    QuantityClaimSchema,
    AttributionClaimSchema,
    PassageClaimSchema,
    StoredClaimSchema,
    TextQuoteSelectorSchema,
    TextPositionSelectorSchema,
    TargetSchema,
    PageSchema,
    EvidenceLinkSchema,
    LastAnchorSchema,
    AnnotationSchema,
    schemas.getPageAnnotations.data,
    schemas.getPageAnnotations.answer,
    schemas.listClaims.data,
    schemas.pageChanged.data,
  ];
}
