import { describe, expect, it } from 'vitest';
import { blockFor, rescanRoots } from './rescan-roots';

describe('rescan roots', () => {
  it('rescans an added block element on its own, not its whole feed', () => {
    document.body.innerHTML = '<section id="feed"><article id="a">one</article></section>';
    const item = document.createElement('article');
    document.getElementById('feed')!.append(item);
    expect(rescanRoots([item], () => false)).toEqual([item]);
  });

  it('rescans the block around added inline content or changed text', () => {
    document.body.innerHTML = '<p id="p">muscle <span id="s"><em id="e">cramps</em></span></p>';
    const p = document.getElementById('p')!;
    expect(blockFor(document.getElementById('e')!)).toBe(p);
    expect(rescanRoots([document.getElementById('e')!.firstChild!], () => false)).toEqual([p]);
  });

  it('scans each part once, skips removed and skipped nodes', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">x</p></div><div id="editor">y</div>';
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const editor = document.getElementById('editor')!;
    const detached = document.createElement('p');
    const roots = rescanRoots([inner, outer, editor, detached], (root) => root === editor);
    expect(roots).toEqual([outer]);
  });
});
