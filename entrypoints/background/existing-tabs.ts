/**
 * Chromium runs a new or updated extension's content scripts only in pages loaded after it: tabs that
 * were open before MagLens was installed or updated would stay unmarked (or keep an orphaned script from
 * the old version) until reloaded. On install and update, the background runs the content script in
 * them itself, through `scripting.executeScript`. Firefox already does this on its own, so there the
 * caller does nothing.
 */

/** The parts of the browser API used here (tests pass fakes). */
export interface ExistingTabsApi {
  tabs: {
    query(query: Record<string, never>): Promise<{ id?: number; url?: string; discarded?: boolean }[]>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; allFrames: boolean };
      files: string[];
    }): Promise<unknown>;
  };
  runtime: {
    getManifest(): { content_scripts?: { js?: string[] }[] };
  };
}

/** The install reasons after which open tabs hold no live MagLens script. */
export const INJECT_ON = new Set(['install', 'update']);

/**
 * Runs the content script in every open tab; resolves to how many tabs took it. Tabs MagLens cannot run
 * in (the browser's own pages, the web store) refuse, and are skipped; so are discarded tabs, which
 * load the script anyway when they come back.
 */
export async function injectIntoOpenTabs(api: ExistingTabsApi): Promise<number> {
  const files = api.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  if (files.length === 0) return 0;
  const tabs = await api.tabs.query({});
  const results = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return false;
      if (tab.url !== undefined && !/^(https?|file):/.test(tab.url)) return false;
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files });
        return true;
      } catch {
        return false;
      }
    }),
  );
  return results.filter(Boolean).length;
}
