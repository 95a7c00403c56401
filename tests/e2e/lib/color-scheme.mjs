// Light or dark theme for an extension page under test, in both browsers.

/**
 * Puts a page in its light or dark theme. Chromium emulates prefers-color-scheme; Firefox over WebDriver
 * BiDi cannot, so there the page's own `prefers-color-scheme: dark` rules (also those of imported sheets)
 * are applied unconditionally. Reaches only the document's style sheets, not those of a shadow root.
 */
export async function colorScheme(page, scheme) {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    return;
  } catch (error) {
    if (error?.name !== 'UnsupportedOperation') throw error;
  }
  await page.evaluate((dark) => {
    const rules = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        const inner = rule instanceof CSSImportRule ? (rule.styleSheet?.cssRules ?? []) : [rule];
        for (const r of inner) {
          if (r instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(r.conditionText)) {
            for (const x of r.cssRules) rules.push(x.cssText);
          }
        }
      }
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(dark ? rules.join('\n') : '');
    document.adoptedStyleSheets = [sheet];
  }, scheme === 'dark');
}
