import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { POPUP_PORT } from './popup-ports';

/**
 * The one way MagLens' parts talk. One protocol map per direction names each message type with the shape of
 * its message and of its reply; both are checked with valibot where they are received, so a handler can
 * only return its own reply type, and a malformed message or reply never reaches the code behind it.
 *
 * toPage       popup → content script (tabs.sendMessage, top frame): page-terms, reveal-term, ping
 *              background → content script: show-card (context menu, keyboard command), move-term
 *              (the next/previous-term commands)
 * toBackground content script → background (runtime.sendMessage): open-reader, save-note, change-settings
 * toPopup      content script → popup (over a port the popup opens to the page, no reply): terms-changed
 *              (the page's side of the port is popup-ports.ts, apart from the checks it does not need)
 */

const PageTermSchema = v.object({
  termId: v.string(),
  /** The wordings found on the page, e.g. ["omeprazole", "PPIs"]. */
  wordings: v.array(v.string()),
  count: v.number(),
});
export type PageTerm = v.InferOutput<typeof PageTermSchema>;

const NoteDraftSchema = v.object({
  termId: v.string(),
  pageTitle: v.string(),
  pageUrl: v.string(),
  text: v.optional(v.string()),
  /** Made where the user clicked Save: a save that is sent twice (a retry) files one note. */
  saveKey: v.optional(v.pipe(v.string(), v.maxLength(100))),
});
export type NoteDraft = v.InferOutput<typeof NoteDraftSchema>;

const entry = <M extends v.GenericSchema, R extends v.GenericSchema>(message: M, reply: R) => ({
  message,
  reply,
});
const typed = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

export const toPage = {
  ping: entry(typed('ping', {}), v.object({ ok: v.literal(true), frame: v.picklist(['top', 'sub']) })),
  /** `url` and `title` of the page, for the popup's site switch and for notes saved from it. */
  'page-terms': entry(
    typed('page-terms', {}),
    v.object({ terms: v.array(PageTermSchema), active: v.boolean(), url: v.string(), title: v.string() }),
  ),
  'reveal-term': entry(typed('reveal-term', { termId: v.string() }), v.object({ found: v.boolean() })),
  /** Show the card for the selection, or for the first marked term in view when `text` is absent. */
  'show-card': entry(
    typed('show-card', { text: v.optional(v.string()), focus: v.boolean() }),
    v.object({ shown: v.boolean() }),
  ),
  /** Move the current term to the next or previous marked term in reading order and open its card with
   * focus in it; `index` (from 0) and `total` say where it landed. */
  'move-term': entry(
    typed('move-term', { direction: v.picklist(['next', 'previous']) }),
    v.object({ shown: v.boolean(), index: v.optional(v.number()), total: v.optional(v.number()) }),
  ),
};

export const toBackground = {
  'open-reader': entry(
    typed('open-reader', { articleId: v.string(), sectionId: v.optional(v.string()) }),
    v.object({ ok: v.boolean() }),
  ),
  /** A card's "Hide this topic" or "Not on this site": made in the background, inside the settings lock
   * the extension's pages share (a content script runs in the page's origin and cannot take it). */
  'change-settings': entry(
    typed('change-settings', {
      change: v.variant('kind', [
        v.object({ kind: v.literal('hide-topic'), topicId: v.string() }),
        v.object({ kind: v.literal('show-topic'), topicId: v.string() }),
        v.object({ kind: v.literal('site-off'), host: v.string() }),
      ]),
    }),
    v.variant('ok', [
      v.object({ ok: v.literal(true) }),
      v.object({ ok: v.literal(false), message: v.string() }),
    ]),
  ),
  /** The keys the reader has set for the open-card command ('' when none), for a card's announcement. */
  'command-keys': entry(typed('command-keys', {}), v.object({ openCard: v.string() })),
  'save-note': entry(
    typed('save-note', { note: NoteDraftSchema }),
    v.variant('ok', [
      v.object({ ok: v.literal(true), id: v.number() }),
      v.object({ ok: v.literal(false), message: v.string() }),
    ]),
  ),
};

/** Told, not asked: nobody replies. */
export const toPopup = {
  /** The page's marked terms changed (a rescan, a settings change, a site switch). */
  'terms-changed': entry(typed('terms-changed', {}), v.undefined()),
};

type Protocol = Record<string, { message: v.GenericSchema; reply: v.GenericSchema }>;
export type MessageOf<P extends Protocol, K extends keyof P = keyof P> = K extends keyof P
  ? v.InferOutput<P[K]['message']>
  : never;
export type ReplyOf<P extends Protocol, K extends keyof P> = v.InferOutput<P[K]['reply']>;

export type PageMessage = MessageOf<typeof toPage>;
export type BackgroundMessage = MessageOf<typeof toBackground>;
export type Message = PageMessage | BackgroundMessage | MessageOf<typeof toPopup>;
/** Every reply type by message type. */
export type Replies = { [K in keyof typeof toPage]: ReplyOf<typeof toPage, K> } & {
  [K in keyof typeof toBackground]: ReplyOf<typeof toBackground, K>;
};

const typeOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;

/** The message, checked against its protocol, or null when it is not one of that protocol's messages. */
export function readMessage<P extends Protocol>(protocol: P, value: unknown): MessageOf<P> | null {
  const type = typeOf(value);
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return null;
  const parsed = v.safeParse((protocol[type] as P[keyof P]).message, value);
  return parsed.success ? (parsed.output as MessageOf<P>) : null;
}

/** Whether a value is any message of MagLens' protocols. */
export const isMessage = (value: unknown): value is Message =>
  [toPage, toBackground, toPopup].some((protocol) => readMessage(protocol as Protocol, value) !== null);

/** One handler per message type; each may only answer with its own reply (undefined: not for me). */
export type Handlers<P extends Protocol, S = unknown> = {
  [K in keyof P]?: (
    message: MessageOf<P, K>,
    sender: S,
  ) => ReplyOf<P, K> | Promise<ReplyOf<P, K> | undefined> | undefined;
};

/** A `runtime.onMessage` listener for one protocol: checks each message, calls its type's handler and
 * answers with a Promise; anything else (malformed, or another protocol's) is left unanswered. */
export function createReceiver<P extends Protocol, S>(protocol: P, handlers: Handlers<P, S>) {
  return (value: unknown, sender: S): Promise<unknown> | undefined => {
    const message = readMessage(protocol, value);
    if (!message) return undefined;
    const handler = handlers[(message as unknown as { type: keyof P }).type] as
      | ((m: unknown, s: S) => unknown | Promise<unknown>)
      | undefined;
    const reply = handler?.(message, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
}

/** Why a message got no usable reply, in words a person can read. */
export class NoReplyError extends Error {
  override name = 'NoReplyError';
  constructor(
    message: string,
    /** The channel closed before a reply came: the receiver may or may not have acted. */
    readonly channelClosed: boolean,
  ) {
    super(message);
  }
}

/** The browsers' words for a message whose channel closed, or whose receiver was gone, before a reply. */
const CHANNEL_CLOSED =
  /message channel closed|message port closed|receiving end does not exist|could not establish connection|before a response was received|conduit|actor|no response/i;

function checkReply<P extends Protocol, K extends keyof P>(protocol: P, type: K, reply: unknown) {
  const parsed = v.safeParse((protocol[type] as P[K]).reply, reply);
  if (parsed.success) return parsed.output as ReplyOf<P, K>;
  throw new NoReplyError('MagLens got an answer it does not understand.', false);
}

/**
 * How long a message waits for its reply. A service worker stopped in the middle of a reply can leave the
 * sender's promise pending for good in Chromium (seen with a worker stopped right after a card's Save): past
 * this, the message counts as one whose channel closed.
 */
export const REPLY_TIMEOUT_MS = 6000;

function withReplyTimeout(pending: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No response came within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}

async function sendChecked<P extends Protocol, K extends keyof P>(
  protocol: P,
  type: K,
  send: () => Promise<unknown>,
  retries: number,
  timeoutMs = REPLY_TIMEOUT_MS,
): Promise<ReplyOf<P, K>> {
  const wantsReply = (protocol[type] as P[K]).reply.type !== 'undefined';
  for (let attempt = 0; ; attempt++) {
    let reply: unknown;
    try {
      reply = await withReplyTimeout(send(), timeoutMs);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const closed = CHANNEL_CLOSED.test(text);
      if (closed && attempt < retries) continue;
      throw new NoReplyError(text, closed);
    }
    // A listener that went away mid-answer leaves `undefined` in some browsers: that is a closed channel too.
    if (reply === undefined && wantsReply && attempt < retries) continue;
    if (reply === undefined && wantsReply) {
      throw new NoReplyError('No answer came.', true);
    }
    return checkReply(protocol, type, reply);
  }
}

/**
 * Sends to the background and checks its reply. With `retryOnce`, a message whose channel closed before
 * the reply (the service worker stopped) is sent once more: only for messages that are safe to repeat
 * (save-note carries its saveKey, so a repeat files no second note). Rejects with a NoReplyError.
 */
export function sendToBackground<M extends BackgroundMessage>(
  message: M,
  options: { retryOnce?: boolean } = {},
): Promise<Replies[M['type']]> {
  return sendChecked(
    toBackground,
    message.type,
    () => browser.runtime.sendMessage(message),
    options.retryOnce ? 1 : 0,
  ) as Promise<Replies[M['type']]>;
}

/** Sends to the top frame of a tab (frameId 0), where the card and the page-terms answer live. */
export function sendToTab<M extends PageMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return sendChecked(
    toPage,
    message.type,
    () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    0,
  ) as Promise<Replies[M['type']]>;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/** The popup's side: listens to a tab's top frame for `toPopup` messages, each checked; returns the way
 * to stop. A tab without MagLens simply never says anything. */
export function listenToPage(tabId: number, onMessage: (message: MessageOf<typeof toPopup>) => void) {
  let port: Port;
  try {
    port = browser.tabs.connect(tabId, { name: POPUP_PORT, frameId: 0 });
  } catch {
    return () => {};
  }
  port.onMessage.addListener((value: unknown) => {
    const message = readMessage(toPopup, value);
    if (message) onMessage(message);
  });
  // Reading lastError here tells Chromium the failed connection to a page without MagLens was expected.
  port.onDisconnect.addListener(() => void browser.runtime.lastError);
  return () => {
    try {
      port.disconnect();
    } catch {
      // already closed
    }
  };
}
