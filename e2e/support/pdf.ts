import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Download } from '@playwright/test';

/** pdf.js from the e2e workspace: the browser renders the PDF as any reader would. */
const pdfjsDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

/** A made-up origin that only this helper answers, so that nothing of the app's CSP applies. */
const viewer = 'http://pdf-viewer.test';

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PDF</title></head>
<body style="margin:0"><canvas id="page"></canvas>
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
window.renderPdf = async (base64) => {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await pdfjs.getDocument({ data }).promise;
  const texts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (n === 1) {
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = document.getElementById('page');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
    }
    const content = await page.getTextContent();
    texts.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\\n' : '') : '')).join(''));
  }
  return texts;
};
window.pdfReady = true;
</script></body></html>`;

export interface RenderedPdf {
  /** The text of each page as pdf.js reads it, page 1 first. */
  pages: string[];
}

/**
 * Renders a downloaded PDF's first page on a canvas in a page of its own, screenshots it to `screenshot`,
 * and reads the text of every page with pdf.js's getTextContent().
 */
export async function renderPdf(
  context: BrowserContext,
  download: Download,
  screenshot: string,
): Promise<RenderedPdf> {
  const path = await download.path();
  const base64 = readFileSync(path).toString('base64');
  const page = await context.newPage();
  await page.route(`${viewer}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    if (pathname === '/pdf.mjs' || pathname === '/pdf.worker.mjs') {
      return route.fulfill({ contentType: 'text/javascript', path: join(pdfjsDir, pathname.slice(1)) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${viewer}/`);
  await page.waitForFunction(() => 'pdfReady' in globalThis);
  const pages = await page.evaluate(
    (data) => (globalThis as unknown as { renderPdf: (b: string) => Promise<string[]> }).renderPdf(data),
    base64,
  );
  await page.locator('#page').screenshot({ path: screenshot });
  await page.close();
  return { pages };
}
