import { browser } from 'wxt/browser';
import type { MessageOf, toPopup } from './messages';

/** The port an open popup keeps to its page's top frame, to hear `toPopup` messages. Only open popups
 * hear anything, and no message wakes the background. */
export const POPUP_PORT = 'maglens-popup';

/** The page's side: the ports of the popups open on it, and `tell` to send them a `toPopup` message. */
type Port = ReturnType<typeof browser.runtime.connect>;

export function createPopupPorts(signal: AbortSignal): { tell(message: MessageOf<typeof toPopup>): void } {
  const ports = new Set<Port>();
  const onConnect = (port: Port) => {
    if (port.name !== POPUP_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of ports) port.disconnect();
    } catch {
      // the extension context is already gone
    }
    ports.clear();
  });
  return {
    tell(message) {
      for (const port of ports) {
        try {
          port.postMessage(message);
        } catch {
          ports.delete(port); // the popup closed meanwhile
        }
      }
    },
  };
}
