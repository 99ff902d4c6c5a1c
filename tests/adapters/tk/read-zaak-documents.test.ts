// The OData answer for one Zaak with its Documents (issue 24.4): the recorded shape
// (tests/fixtures/tk/odata-zaak-*.trimmed.json, tommyvanderwal/motiematcher) and the answers that
// are not it, which must give null (tried again later) rather than "no motie Document".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZaakDocuments, zaakDocumentsUrl } from '../../../src/adapters/tk/read-zaak-documents.ts';

const ZAAK = 'eaaeadf2-ca45-4613-ae4c-a9eab6f4cafb';
const recorded = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'tk', 'odata-zaak-2025Z15842.trimmed.json'), 'utf8');

describe('readZaakDocuments', () => {
  it('reads the recorded answer: the motie Document with its id, soort and content type', () => {
    expect(readZaakDocuments(recorded, ZAAK)).toEqual([{ id: 'fe55c67f-13f5-4d15-a7a1-747c7cc13f36', soort: 'Motie', contentType: 'application/pdf' }]);
    expect(readZaakDocuments(recorded, ZAAK.toUpperCase())).toHaveLength(1);
  });

  it('an answer of another shape is null (not JSON, no value, another Zaak, no Document list); an empty value is no Document', () => {
    expect(readZaakDocuments('<html>Service Unavailable</html>', ZAAK)).toBeNull();
    expect(readZaakDocuments('{"error":{"message":"x"}}', ZAAK)).toBeNull();
    expect(readZaakDocuments(recorded, 'd870f8e0-1bb7-44b4-ac63-52e512c0cd7d')).toBeNull();
    expect(readZaakDocuments(JSON.stringify({ value: [{ Id: ZAAK }] }), ZAAK)).toBeNull();
    expect(readZaakDocuments(JSON.stringify({ value: [] }), ZAAK)).toEqual([]);
  });

  it('skips a deleted Document and an id that is no entity GUID', () => {
    const body = JSON.stringify({ value: [{ Id: ZAAK, Document: [
      { Id: 'fe55c67f-13f5-4d15-a7a1-747c7cc13f36', Soort: 'Motie', Verwijderd: true },
      { Id: '../../Feed?category=Zaak', Soort: 'Motie' },
      { Id: 'aa55c67f-13f5-4d15-a7a1-747c7cc13f36', Soort: 'Motie (gewijzigd/nader)', ContentType: null },
    ] }] });
    expect(readZaakDocuments(body, ZAAK)).toEqual([{ id: 'aa55c67f-13f5-4d15-a7a1-747c7cc13f36', soort: 'Motie (gewijzigd/nader)', contentType: null }]);
  });

  it('the query asks for one Zaak by id with its Documents', () => {
    expect(zaakDocumentsUrl('https://gegevensmagazijn.tweedekamer.nl/OData/v5/', ZAAK)).toBe(
      `https://gegevensmagazijn.tweedekamer.nl/OData/v5/Zaak?$filter=Id%20eq%20${ZAAK}&$expand=Document&$top=1`,
    );
  });
});
