import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import { z } from 'zod';
import { ClaimSchema } from './model/claim';
import { AnnotationSchema, PageSchema, TargetSchema, VerdictSchema } from './model/annotation';

/**
 * The one message protocol between the extension's contexts. Each message's
 * data and answer are zod schemas; types come from z.infer, and every
 * handler validates what it receives (a page can't forge a well-typed call).
 */
export const ClaimViewSchema = z.object({
  /** Stable within one scan of a page: kind + offsets in the article text. */
  key: z.string(),
  claim: ClaimSchema,
  sentence: z.string(),
  target: TargetSchema,
  annotationId: z.string().optional(),
  verdict: VerdictSchema.optional(),
});
export type ClaimView = z.infer<typeof ClaimViewSchema>;

export const PageClaimsSchema = z.object({
  page: PageSchema,
  lang: z.string().optional(),
  scanning: z.boolean(),
  claims: z.array(ClaimViewSchema),
  /** Annotations stored for this page whose passage is no longer in it. */
  orphanIds: z.array(z.string()),
  /** Milliseconds the content script spent extracting, detecting and marking. */
  scanMs: z.number(),
});
export type PageClaims = z.infer<typeof PageClaimsSchema>;

export const schemas = {
  // content script → background
  getPageAnnotations: {
    data: z.object({ url: z.string().url(), canonicalUrl: z.string().url().optional() }),
    answer: z.array(AnnotationSchema),
  },
  // popup → content script of a tab
  listClaims: { data: z.undefined(), answer: PageClaimsSchema },
  focusClaim: { data: z.object({ key: z.string() }), answer: z.object({ found: z.boolean() }) },
  annotationsChanged: { data: z.undefined(), answer: z.void() },
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
