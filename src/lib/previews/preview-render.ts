/**
 * Renders many preview images at once, for the preview cache
 * (src/lib/previews/preview-cache.ts): in worker threads, one per core but
 * one (os.availableParallelism() - 1, at least one), each with its own satori,
 * resvg and fonts (about 150 MB): the build's own thread holds the whole site
 * meanwhile, and at 1,000 articles a second worker took the build over 2 GB;
 * small batches on the calling thread, where starting the workers would
 * cost more than it saves. Every thread runs the same template with the same
 * libraries and fonts, so an image's bytes do not depend on where it was
 * rendered.
 *
 * The workers run src/lib/previews/preview-worker.ts from the project root (the
 * working directory of the build, as for the fonts), as Node runs
 * TypeScript: the build bundles this module elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fingerprintOf, type PreviewFingerprint, type RenderBatch } from './preview-cache.ts';
import { previewFontFiles, renderPreview } from './preview-image.ts';
import templateSource from './preview-image.ts?raw';
import type { PreviewPage } from './previews.ts';

/**
 * Images per worker below which fewer workers start: starting one (loading
 * the libraries and fonts) takes about as long as rendering ten images.
 */
const IMAGES_PER_WORKER = 16;

/** What shapes the images here: this template, these fonts, these library versions, this platform. */
export function previewFingerprint(): PreviewFingerprint {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return fingerprintOf({
    template: templateSource,
    fonts: previewFontFiles().map(({ file }) => readFileSync(file)),
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    platform: `${process.platform}-${process.arch}`,
  });
}

/** A worker's answer: the PNG of page `id`, or why it could not be rendered. */
export type WorkerAnswer = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Renders `pages`; `threads` (default: the number of cores but one) caps the number of workers. */
export async function renderPreviews(
  pages: readonly PreviewPage[],
  done: Parameters<RenderBatch>[1],
  threads: number = Math.max(1, availableParallelism() - 1),
): Promise<void> {
  const count = Math.min(threads, Math.floor(pages.length / IMAGES_PER_WORKER));
  if (count < 1) {
    for (const [index, page] of pages.entries()) done(index, await renderPreview(page));
    return;
  }
  const file = join(process.cwd(), 'src', 'lib', 'previews', 'preview-worker.ts');
  const workers = Array.from({ length: count }, () => new Worker(file));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next === pages.length) return resolve();
              const id = next++;
              worker.postMessage({ id, page: pages[id] });
            };
            worker.on('message', (answer: WorkerAnswer) => {
              if ('error' in answer) return reject(new Error(answer.error));
              try {
                done(answer.id, answer.png);
                send();
              } catch (error) {
                reject(error);
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a preview image worker stopped (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
