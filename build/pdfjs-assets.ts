import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The files PDF.js loads at run time besides its worker (which the viewer imports as an asset): the
 * standard fonts, the character maps and the image decoders. They are copied from pdfjs-dist into the
 * extension at `pdfjs/` (the viewer's PDFJS_ASSETS), so the viewer never asks a network for them.
 */
export function pdfjsPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return ['standard_fonts', 'cmaps', 'wasm'].flatMap((folder) =>
    readdirSync(join(root, folder)).map((file) => ({
      absoluteSrc: join(root, folder, file),
      relativeDest: `pdfjs/${folder}/${file}`,
    })),
  );
}
