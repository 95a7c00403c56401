import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { mount } from '@/tests/unit/render';
import { OpenPdf } from './OpenPdf';

describe('OpenPdf', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('offers "Open in MagLens" on a web PDF, and opens the viewer on its address', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const root = await mount(<OpenPdf url="https://nhs.example/leaflet.pdf" />);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Open in MagLens');
    button.click();
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/pdf-viewer\.html\?file=https%3A%2F%2Fnhs\.example%2Fleaflet\.pdf$/),
    });
  });

  it('offers "Open a PDF…" anywhere else, which opens the empty viewer', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    for (const url of [undefined, 'https://nhs.example/leaflet.html']) {
      const root = await mount(<OpenPdf url={url} />);
      const button = root.querySelector('button')!;
      expect(button.textContent).toBe('Open a PDF…');
      button.click();
    }
    expect(create.mock.calls.map(([options]) => (options as { url: string }).url)).toEqual([
      expect.stringMatching(/\/pdf-viewer\.html$/),
      expect.stringMatching(/\/pdf-viewer\.html$/),
    ]);
  });
});
