// The benchmark's floor: one pass over the page's text, as any scanner must make, and nothing else.
(() => {
  if (!document.body) return;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  globalThis.floorChars = chars;
})();
