/**
 * A worker thread of the preview renderer (src/lib/previews/preview-render.ts):
 * renders each page it is sent and sends back the PNG.
 */
import { parentPort } from 'node:worker_threads';
import { renderPreview } from './preview-image.ts';
import type { PreviewPage } from './previews.ts';
import type { WorkerAnswer } from './preview-render.ts';

const port = parentPort!;
port.on('message', ({ id, page }: { id: number; page: PreviewPage }) => {
  renderPreview(page).then(
    (png) => port.postMessage({ id, png } satisfies WorkerAnswer, [png.buffer]),
    (error: unknown) =>
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer),
  );
});
