import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { parse, stringify } from 'yaml';
const C = 'content';
const yml = (kind, id, data) => writeFileSync(`${C}/${kind}/${id}.yaml`, stringify(data, { lineWidth: 0 }));
const read = (kind, id) => parse(readFileSync(`${C}/${kind}/${id}.yaml`, 'utf8'));
const accessed = '2026-11-26';

// New sources (originals where the analysis cited mirrors).
const sources = {
  'moika78-festnahmen-almaty-1678': { title: 'За день в Алма-Ате задержали свыше 1600 человек по подозрению в участии в беспорядках', publisher: 'Moika78', url: 'https://moika78.ru/news/2022-01-12/727384-za-den-v-alma-ate-zaderzhali-svyshe-1600-chelovek-po-podozreniyu-v-uchastii-v-besporyadkah', date: '2022-01-12', language: 'ru' },
  'trend-kommandantur-almaty-1237': { title: 'Summary of the situation in Almaty on the morning of January 11', publisher: 'Trend (nach Kazinform)', url: 'https://en.trend.az/casia/kazakhstan/3539176.html', date: '2022-01-11', language: 'en' },
  'basnews-festnahmen-almaty-2601': { title: 'В Алматы с начала антитеррористической операции задержан 2601 участник', publisher: 'basnews.kz', url: 'https://basnews.kz/ru/?p=19421', date: '2022-01-17', language: 'ru' },
  'rbc-ua-odkb-2030': { title: 'Названо официальное число миротворцев ОДКБ в Казахстане', publisher: 'RBC-Ukraine (nach dem Stenogramm des Kreml)', url: 'https://www.rbc.ua/rus/news/nazvano-ofitsialnoe-chislo-mirotvortsev-odkb-1641824977.html', date: '2022-01-10', language: 'ru' },
  'kremlin-balchasch-kuendigung': { title: 'Federal Law denouncing agreement on use of Kazakhstan’s Balkhash centre within Russia’s missile attack warning system', publisher: 'Präsident Russlands (kremlin.ru)', url: 'http://en.special.kremlin.ru/catalog/countries/KZ/events/63811', date: '2020-07-31', language: 'en' },
  'zonakz-balchasch-ende-2023': { title: 'Путин решил отказаться от использования казахстанского узла «Балхаш»', publisher: 'zonakz.net (nach KazTAG)', url: 'https://zonakz.net/2024/01/09/putin-reshil-otkazatsya-ot-ispolzovaniya-kazaxstanskogo-uzla-balxash', date: '2024-01-09', language: 'ru' },
  'lenta-flughafen-almaty-15-januar': { title: 'Названы сроки возобновления обслуживания международных рейсов в аэропорту Алматы', publisher: 'Lenta.ru (nach TASS)', url: 'http://m.lenta.ru/news/2022/01/11/almaty/', date: '2022-01-11', language: 'ru' },
  'regnum-flughafen-almaty-14-januar': { title: 'Аэропорт Алма-Аты не возобновит работу до 14 января', publisher: 'Regnum', url: 'https://regnum.ru/news/3473912.html', date: '2022-01-12', language: 'ru' },
  'wikipedia-tokayev': { title: 'Kassym-Jomart Tokayev', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev', language: 'en' },
  'wikipedia-almaty': { title: 'Almaty', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Almaty', language: 'en' },
  'armradio-lage-stabilisiert': { title: 'Kazakh authorities say situation stabilized in all regions', publisher: 'Armradio', url: 'https://en.armradio.am/2022/01/09/kazakh-authorities-say-situation-stabilized-in-all-regions/', date: '2022-01-09', language: 'en' },
  'kp-neue-regierung-kasachstan': { title: 'Токаев подписал указ о назначении нового правительства Казахстана', publisher: 'Komsomolskaja Prawda', url: 'https://www.kp.ru/online/news/4585038/', date: '2022-01-11', language: 'ru' },
  'eadaily-flughafen-almaty-13-januar': { title: 'Аэропорт Алма-Аты возобновит работу 13 января', publisher: 'EADaily', url: 'https://eadaily.com/ru/news/2022/01/12/aeroport-alma-aty-vozobnovit-rabotu-13-yanvarya', date: '2022-01-12', language: 'ru' },
  'reuters-moskau-antwort-blinken': { title: 'Russia reacts furiously to Blinken jibe over troops in Kazakhstan', publisher: 'Reuters (über National Post)', url: 'https://nationalpost.com/pmn/news-pmn/russia-reacts-furiously-to-blinken-jibe-over-troops-in-kazakhstan', date: '2022-01-08', language: 'en' },
  'sputnik-by-sacharowa-antwort': { title: 'Захарова назвала хамской реакцию США на направление миротворцев в Казахстан', publisher: 'Sputnik Belarus', url: 'https://sputnik.by/20220108/zakharova-nazvala-khamskoy-reaktsiyu-ssha-na--napravlenie-mirotvortsev-v-kazakhstan--1059354215.html', date: '2022-01-08', language: 'ru' },
  'armradio-schoigu-14-objekte': { title: 'Withdrawal of CSTO peacekeepers from Kazakhstan to be completed on January 19', publisher: 'Armradio (nach TASS)', url: 'https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/', date: '2022-01-13', language: 'en' },
  'lb-ua-odkb-gipfel': { title: 'ОДКБ назвали офіційну кількість миротворців у Казахстані', publisher: 'LB.ua (nach dem Stenogramm des Kreml)', url: 'https://lb.ua/world/2022/01/10/502763_odkb_nazvali_ofitsiynu_kilkist.html', date: '2022-01-10', language: 'uk' },
  'news-front-mod-objekte': { title: 'Миротворцы ОДКБ охраняют важные государственные и социально значимые объекты Казахстана', publisher: 'News Front (nach dem russischen Verteidigungsministerium)', url: 'https://news-front.su/2022/01/12/mirotvortsy-odkb-ohranyayut-vazhnye-gosudarstvennye-i-sotsialno-znachimye-obekty-kazahstana', date: '2022-01-12', language: 'ru' },
};
for (const [id, data] of Object.entries(sources)) yml('sources', id, { ...data, accessed });

// Replace mirrors by the originals everywhere they are cited, then drop the mirrors.
const replace = {
  'wikiwand-kassym-jomart-tokayev': 'wikipedia-tokayev',
  'chernaya-kobra-vladimir-putin-denounced-the': 'kremlin-balchasch-kuendigung',
  'pledge-times-terms-of-resumption-of': 'lenta-flughafen-almaty-15-januar',
  'pledge-times-the-ministry-of-internal': 'armradio-lage-stabilisiert',
  'russia-islamic-kazakhstan-president-forms-new': 'kp-neue-regierung-kasachstan',
  'artsakhpress-tass-almaty-airport-to-resume': 'eadaily-flughafen-almaty-13-januar',
  'al-watan-sacharowas-telegram-beitrag-vom': 'reuters-moskau-antwort-blinken',
  'britannica-almaty': 'wikipedia-almaty',
};
const files = [];
for (const kind of ['actors', 'places', 'events', 'articles']) {
  for (const f of (await import('node:fs')).readdirSync(`${C}/${kind}`)) files.push(`${C}/${kind}/${f}`);
}
for (const f of files) {
  let t = readFileSync(f, 'utf8');
  for (const [from, to] of Object.entries(replace)) t = t.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  t = t.replace(/\n\s+- afn-by-primakow-veroeffentlichte-am-dienstag\b/g, '');
  writeFileSync(f, t);
}
for (const id of [...Object.keys(replace), 'afn-by-primakow-veroeffentlichte-am-dienstag']) {
  if (existsSync(`${C}/sources/${id}.yaml`)) rmSync(`${C}/sources/${id}.yaml`);
}

// Places.
const almaty = read('places', 'almaty');
almaty.coordinates = [43.2775, 76.8958];
almaty.sources = [{ source: 'wikipedia-almaty', locator: 'Koordinaten 43°16′39″ N, 76°53′45″ O' }];
almaty.notes = 'Größte Stadt Kasachstans und Zentrum der Proteste im Januar 2022. Markiert ist die Stadtkoordinate der Wikipedia.';
yml('places', 'almaty', almaty);
const bank = read('places', 'zentralbank');
Object.assign(bank, { coordinates: [51.1667, 71.4333], geoPrecision: 2, radiusKm: 15, within: 'nur-sultan' });
bank.notes = 'Der Text nennt die Stadt nicht. Seit Juli 2020 hat die Nationalbank ihren Sitz in Nur-Sultan, im Januar 2022 noch in angemieteten Räumen, deren Lage nicht belegt ist; markiert ist deshalb nur die Stadt. In Almaty blieb eine Repräsentanz. Welches Gebäude die Liste meint, ist offen. Die Bewachung nennt nur die Liste der Komsomolskaja Prawda, keine amtliche Quelle.';
yml('places', 'zentralbank', bank);
const radar = read('places', 'fruehwarnstation');
radar.name = 'Frühwarnstation (vermutlich Radarstation Balchasch)';
radar.notes = 'Der Text nennt keinen Namen; die Zuordnung zur russischen Radarstation Balchasch am Westufer des Balchaschsees ist eine Vermutung der Analyse. Der Kreis umfasst auch das Testgelände Sary-Schagan bei Priosersk. Die Bewachung nennt nur die Liste der Komsomolskaja Prawda, keine amtliche Quelle.';
yml('places', 'fruehwarnstation', radar);
const unconfirmed = 'Die Bewachung durch die Friedenstruppe nennt nur die Liste der Komsomolskaja Prawda; eine amtliche Bestätigung fand die Analyse nicht.';
for (const id of ['baikonur', 'hafen-aktau', 'ulba-werk', 'zentralmarkt-almaty', 'bahnhof-almaty-1', 'bahnhof-almaty-2', 'bahnhof-nur-sultan-1', 'bahnhof-nurly-zhol', 'staatsfernsehen', 'regierungsviertel-nur-sultan']) {
  const p = read('places', id);
  p.notes = `${p.notes ? `${p.notes} ` : ''}${unconfirmed}`;
  yml('places', id, p);
}
const airport = read('places', 'flughafen-almaty');
airport.notes = `${airport.notes} Die Bewachung bestätigte das russische Verteidigungsministerium am 7. Januar.`;
yml('places', 'flughafen-almaty', airport);

// Events.
const primakow = read('events', 'primakow-absage');
primakow.date = '2022-01-12';
delete primakow.timePrecision;
primakow.notes = 'Primakow schrieb am Mittwoch, dem 12. Januar, auf Telegram, einen Tag nach Umarows Ernennung.';
yml('events', 'primakow-absage', primakow);
