/**
 * The Internet Archive for the editor's commands: the capture nearest a day
 * (Wayback availability API) and a new capture (Save Page Now). Both answer
 * within a time limit: where the archive cannot be reached, the command says
 * so and goes on without it.
 */
import { waybackDay } from '../format/archive.ts';
import { requestFailure } from './page.ts';

/** Where the archive is asked; tests point them at a local server. */
export interface ArchiveEndpoints {
  /** The availability API (answers JSON with archived_snapshots.closest). */
  available: string;
  /** Save Page Now: `<save><url>` asks for a new capture. */
  save: string;
}

export function archiveEndpoints(env: NodeJS.ProcessEnv = process.env): ArchiveEndpoints {
  return {
    available: env.LAGEBILD_WAYBACK_API || 'https://archive.org/wayback/available',
    save: env.LAGEBILD_WAYBACK_SAVE || 'https://web.archive.org/save/',
  };
}

export type Snapshot =
  { status: 'found'; url: string; timestamp: string } | { status: 'none' } | { status: 'unreachable'; reason: string };

/** Archive addresses come back as http://; the archive serves them over https. */
const secure = (url: string) => url.replace(/^http:\/\/(web\.archive\.org\/)/, 'https://$1');

/** The capture of `url` nearest `day` ("YYYY-MM-DD"), none, or why the archive could not be asked. */
export async function closestSnapshot(
  url: string,
  day: string,
  endpoints: ArchiveEndpoints,
  timeoutMs: number,
): Promise<Snapshot> {
  const query = `${endpoints.available}?url=${encodeURIComponent(url)}&timestamp=${waybackDay(day)}`;
  let body: unknown;
  try {
    const response = await fetch(query, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return {
        status: 'unreachable',
        reason: `Das Internet Archive antwortet mit einem Fehler (HTTP ${response.status}).`,
      };
    }
    body = await response.json();
  } catch (error) {
    if (error instanceof SyntaxError) {
      return { status: 'unreachable', reason: 'Das Internet Archive hat keine lesbare Antwort gegeben (kein JSON).' };
    }
    return { status: 'unreachable', reason: requestFailure(error, 'Das Internet Archive', query, timeoutMs) };
  }
  const closest = (body as { archived_snapshots?: { closest?: Record<string, unknown> } } | null)?.archived_snapshots
    ?.closest;
  if (!closest || closest.available === false || typeof closest.url !== 'string') return { status: 'none' };
  if (closest.status !== undefined && String(closest.status) !== '200') return { status: 'none' };
  return { status: 'found', url: secure(closest.url), timestamp: String(closest.timestamp ?? '') };
}

/**
 * Asks for a new capture of `url`; the answer is the capture's address (the
 * archive redirects to it, or names it in Content-Location), or why not.
 */
export async function saveSnapshot(
  url: string,
  endpoints: ArchiveEndpoints,
  timeoutMs: number,
): Promise<{ status: 'saved'; url: string } | { status: 'failed'; reason: string }> {
  const request = `${endpoints.save}${url}`;
  try {
    const response = await fetch(request, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    const location = response.headers.get('content-location');
    const capture = location ? new URL(location, request).href : response.url;
    if (response.ok && /\/web\/\d{8,14}\//.test(capture)) return { status: 'saved', url: secure(capture) };
    return {
      status: 'failed',
      reason: `Das Internet Archive hat keine neue Kopie angelegt (HTTP ${response.status}).`,
    };
  } catch (error) {
    return { status: 'failed', reason: requestFailure(error, 'Das Internet Archive', request, timeoutMs) };
  }
}
