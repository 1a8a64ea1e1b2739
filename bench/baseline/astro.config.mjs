// The baseline for `npm run bench`: the same articles as a plain Astro
// Markdown collection, with Astro's default Markdown processor and no
// Lagebild schema, checks, plugins or analysis pages.
import { defineConfig } from 'astro/config';

export default defineConfig({ devToolbar: { enabled: false } });
