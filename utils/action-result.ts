/** What a user action (a card's button, a settings change) came to: done, or a message to show. */
export type ActionResult = { ok: true } | { ok: false; message: string };
