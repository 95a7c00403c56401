/**
 * PDF.js puts each line of a page in its own span and ends it with a `<br>`. For the scanner a `<br>`
 * ends a run of text, so a term broken over two lines ("proton pump" / "inhibitors") would never be
 * found. Each `<br>` of a rendered text layer becomes a line-break text node instead: the lines join
 * into one run, with white space between them, and copying text keeps its line breaks.
 */
export function joinTextLayerLines(textLayer: Element): number {
  const breaks = textLayer.querySelectorAll('br');
  for (const br of breaks) br.replaceWith(textLayer.ownerDocument.createTextNode('\n'));
  return breaks.length;
}
