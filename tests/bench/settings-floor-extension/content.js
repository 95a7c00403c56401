// The benchmark's second floor: the least a content script costs that, like MagLens in every frame, reads
// its settings and listens for its popup's messages before it walks the page's text once.
(() => {
  chrome.runtime.onMessage.addListener(() => undefined);
  chrome.storage.sync.get('settings').then(() => {
    if (!document.body) return;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
    globalThis.floorChars = chars;
  });
})();
