/**
 * Hosts that mirror or re-publish others' texts (encyclopedia mirrors,
 * content farms, syndication copies, embassy copies of government
 * transcripts). A source on one of them must name the original
 * (`original`) or say why there is none (`noOriginal`); the build says
 * which sources lack both. A host matches itself and its subdomains.
 */
export const MIRROR_HOSTS: readonly string[] = [
  'wikiwand.com',
  'pledgetimes.com',
  'chernayakobra.ru',
  'usembassy.gov',
  'russia-islworld.ru',
  'artsakhpress.am',
  'alwatan.sy',
  'afn.by',
  'bdnews24.com',
  'nationalpost.com',
  'news-front.su',
  'kisapes.online',
];
