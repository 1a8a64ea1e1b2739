/**
 * German quotation marks, written once. Without imports: the map's popups in
 * the browser use it, too.
 */

/**
 * Words of a text in German quotation marks: »…«, with quotation marks inside
 * the quote turned into the inner ones (»Umarow habe sich ›…‹ geäußert«).
 */
export function quoted(text: string): string {
  return `»${text.replace(/»/g, '›').replace(/«/g, '‹')}«`;
}
