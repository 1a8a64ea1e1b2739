/**
 * The embed codes and oEmbed answers: they point at the configured site and
 * base path, escape what the content brings, and give the embed's own id.
 */
import { describe, expect, it } from 'vitest';
import {
  embedPath,
  iframeCode,
  mapEmbed,
  oembedJson,
  oembedUrl,
  placeEmbed,
  timelineEmbed,
} from '../../src/lib/publish/embeds.ts';

const site = { site: 'https://zeitung.example', base: '/lagebild/' };

describe('embeds', () => {
  it('live under /einbetten/ beside the page they show in full', () => {
    expect(embedPath(mapEmbed().page)).toBe('einbetten/karte/');
    expect(embedPath(mapEmbed({ slug: 'bericht', title: 'Bericht' }).page)).toBe('einbetten/karte/bericht/');
    expect(embedPath(timelineEmbed({ slug: 'bericht', title: 'Bericht' }).page)).toBe('einbetten/zeitleiste/bericht/');
    expect(embedPath(placeEmbed({ id: 'almaty', name: 'Almaty' }).page)).toBe('einbetten/orte/almaty/');
  });

  it('give an iframe code under the site URL and base path, with the resizing script', () => {
    const code = iframeCode(placeEmbed({ id: 'almaty', name: 'Almaty' }), site);
    expect(code).toBe(
      '<iframe src="https://zeitung.example/lagebild/einbetten/orte/almaty/" title="Lage von Almaty" width="100%"' +
        ' height="520" loading="lazy" style="border:0;width:100%" data-lagebild-embed="orte/almaty"></iframe>\n' +
        '<script async src="https://zeitung.example/lagebild/einbetten/einbetten.js"></script>',
    );
  });

  it('escape a title that holds quotes or angle brackets', () => {
    const code = iframeCode(timelineEmbed({ slug: 'x', title: 'Er sagte "nein" <sofort>' }), site);
    expect(code).toContain('title="Zeitleiste zum Artikel »Er sagte &#34;nein&#34; &#60;sofort&#62;«"');
  });

  it('answer oEmbed as a rich type with html, size, title and provider', () => {
    const embed = mapEmbed({ slug: 'bericht', title: 'Bericht' });
    expect(oembedJson(embed, site)).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Karte zum Artikel »Bericht«',
      provider_name: 'Lagebild',
      provider_url: 'https://zeitung.example/lagebild/',
      html: iframeCode(embed, site),
      width: 640,
      height: 760,
    });
    expect(oembedUrl(embed.page, site)).toBe('https://zeitung.example/lagebild/einbetten/oembed/karte/bericht.json');
  });
});
