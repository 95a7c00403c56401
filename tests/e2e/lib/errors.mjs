// Deciding which console messages and uncaught errors come from MagLens.

const MAGLENS_TEXT = /maglens|extension context invalidated/i;

/**
 * Is this error MagLens'? True when its text names MagLens, or when its stack or source points at the
 * extension's own origin (chrome-extension://<id>/ or moz-extension://<uuid>/).
 * @param {{text: string, urls?: string[]}} error
 * @param {string} extensionOrigin
 */
export function isMagLensError(error, extensionOrigin) {
  if (MAGLENS_TEXT.test(error.text)) return true;
  const origin = extensionOrigin.replace(/\/$/, '');
  if (error.text.includes(origin)) return true;
  return (error.urls ?? []).some((url) => url.startsWith(origin));
}

/** The URLs named in a puppeteer ConsoleMessage's location and stack trace. */
export function consoleUrls(message) {
  const urls = [];
  const location = message.location?.();
  if (location?.url) urls.push(location.url);
  for (const frame of message.stackTrace?.() ?? []) if (frame.url) urls.push(frame.url);
  return urls;
}

export function formatError(error) {
  return `${error.source} on ${error.pageUrl || '(unknown page)'}: ${error.text}`;
}
