/**
 * Who publishes this Lagebild: the one place for the publisher's data that
 * the footer, the Impressum, the privacy page and the articles' structured
 * data read. The operator fills it in before publishing; a field left
 * undefined is shown as missing on the Impressum (and the build says so),
 * never filled with an invented value.
 */
export interface Publisher {
  /** The name readers see (masthead, structured data). */
  name: string;
  /** The person or company responsible under § 5 DDG (name and legal form). */
  legalName: string | undefined;
  /** Postal address for service, one line per entry. */
  address: string[] | undefined;
  /** Contact e-mail address. */
  email: string | undefined;
  /** Responsible for the editorial content under § 18 Abs. 2 MStV (name and address). */
  editorInCharge: string | undefined;
  /** The logo for structured data, below the base (a PNG of at least 112 × 112 px). */
  logo: string;
}

export const publisher: Publisher = {
  name: 'Lagebild',
  legalName: undefined,
  address: undefined,
  email: undefined,
  editorInCharge: undefined,
  logo: 'logo.png',
};

/** The legally required fields still missing, in German, for the Impressum and the build's warning. */
export function missingImprintFields(p: Publisher = publisher): string[] {
  return [
    p.legalName ? undefined : 'Name des Anbieters',
    p.address?.length ? undefined : 'Anschrift',
    p.email ? undefined : 'E-Mail-Adresse',
    p.editorInCharge ? undefined : 'Verantwortlich nach § 18 Abs. 2 MStV',
  ].filter((x): x is string => x !== undefined);
}
