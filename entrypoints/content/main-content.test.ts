import { describe, expect, it } from 'vitest';
import { createMainContentTest, largestTextBlock } from './main-content';

/** Which of the page's elements with an id are main content. */
function mainIds(html: string): string[] {
  document.body.innerHTML = html;
  const test = createMainContentTest();
  return [...document.querySelectorAll('[id]')].filter((el) => test(el)).map((el) => el.id);
}

const para = (id: string, words = 60) =>
  `<p id="${id}">${'Running text about the day. '.repeat(words / 5)}</p>`;

describe('main content', () => {
  it('is the main element, without the link lists inside it', () => {
    expect(
      mainIds(`<header><p id="menu">Menu</p></header>
        <main>${para('body')}<aside><p id="aside">Aside</p></aside>
          <div class="related-articles"><p id="related">Related</p></div>
          <div class="sponsored-box"><p id="sponsored">From our sponsors</p></div>
          <aside class="comments"><p id="comment">A reader's comment</p></aside></main>
        <footer><p id="footer">Footer</p></footer>`),
    ).toEqual(['body', 'comment']);
  });

  it('is the article elements when there is no main element', () => {
    expect(
      mainIds(`<nav><p id="nav">Nav</p></nav><article><header><h1 id="title">Title</h1></header>${para('body')}
        <div class="more-from-us"><p id="more">More from us</p></div></article><div><p id="outside">x</p></div>`),
    ).toEqual(['title', 'body']);
  });

  it('is the block holding most of the running text when the page marks nothing up', () => {
    expect(
      mainIds(`<div id="top"><p id="blurb">Short blurb.</p></div>
        <div id="story">${para('one')}${para('two')}${para('three')}</div>`),
    ).toEqual(['story', 'one', 'two', 'three']);
  });

  it('takes in paragraphs beside the largest block: they are running text too', () => {
    expect(
      mainIds(`<header><p id="head">Header</p></header><p id="first">First post.</p>
        <div id="archive">${para('one')}${para('two')}</div><p id="last">Last post.</p>`),
    ).toEqual(['first', 'archive', 'one', 'two', 'last']);
  });

  it('is everything but the page frame when no block holds most of the text (a forum)', () => {
    expect(
      mainIds(`<header><p id="head">Header</p></header>
        <div><div id="post1">${para('p1')}</div><div id="post2">${para('p2')}</div><div id="post3">${para('p3')}</div></div>
        <div role="contentinfo"><p id="foot">Footer</p></div>`),
    ).toEqual(['post1', 'p1', 'post2', 'p2', 'post3', 'p3']);
  });

  it('does not call a short page a block of running text', () => {
    document.body.innerHTML = '<div><p>Two words.</p></div>';
    expect(largestTextBlock(document)).toBeNull();
  });

  it('follows shadow roots out to their host', () => {
    document.body.innerHTML = '<main><div id="host"></div></main><aside><div id="side"></div></aside>';
    const inside = document.getElementById('host')!.attachShadow({ mode: 'open' });
    inside.innerHTML = '<p id="shadowed">insomnia</p>';
    const beside = document.getElementById('side')!.attachShadow({ mode: 'open' });
    beside.innerHTML = '<p id="aside-shadowed">insomnia</p>';
    const test = createMainContentTest();
    expect(test(inside.getElementById('shadowed')!)).toBe(true);
    expect(test(beside.getElementById('aside-shadowed')!)).toBe(false);
  });
});
