// The OData answer for one Zaak with its Documents (issue 24.4): the recorded shape
// (tests/fixtures/tk/odata-zaak-*.trimmed.json, tommyvanderwal/motiematcher) and the answers that
// are not it, which must give null (tried again later) rather than "no motie Document".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingLookupFields, odataMetadataUrl, readZaakDocuments, zaakDocumentsUrl } from '../../../src/adapters/tk/read-zaak-documents.ts';

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

// The service's $metadata (CSDL), read by `motie sync tk --check` before the lookup: the recorded v4 document
// (tests/fixtures/tk/odata-metadata.trimmed.xml) declares everything the lookup reads; a renamed field is named.
describe('missingLookupFields', () => {
  const metadata = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'tk', 'odata-metadata.trimmed.xml'), 'utf8');

  it('the recorded metadata declares the Zaak\'s Documents and the Document\'s Id, Soort and ContentType', () => {
    expect(missingLookupFields(metadata)).toEqual([]);
    expect(odataMetadataUrl('https://gegevensmagazijn.tweedekamer.nl/OData/v5/')).toBe('https://gegevensmagazijn.tweedekamer.nl/OData/v5/$metadata');
  });

  it('a renamed field or navigation, or a missing entity type, is named', () => {
    expect(missingLookupFields(metadata.replace('<Property Name="Soort" Type="Edm.String" /><Property Name="DocumentNummer"', '<Property Name="DocumentSoort" Type="Edm.String" /><Property Name="DocumentNummer"'))).toEqual(['Document.Soort']);
    expect(missingLookupFields(metadata.replace('<NavigationProperty Name="Document" Type="Collection(TK.DA.GGM.OData.Document)" />', '<NavigationProperty Name="Documenten" Type="Collection(TK.DA.GGM.OData.Document)" />'))).toEqual(['Zaak.Document']);
    expect(missingLookupFields(metadata.replace(/<EntityType Name="Document">[\s\S]*?<\/EntityType>/, ''))).toEqual(['Document.Id', 'Document.Soort', 'Document.ContentType']);
  });

  it('reads a JSON CSDL (OData 4.01) too; an answer that is no metadata document is null', () => {
    const json = JSON.stringify({
      $Version: '4.01',
      'TK.DA.GGM.OData': {
        Zaak: { $Kind: 'EntityType', $Key: ['Id'], Id: { $Type: 'Edm.Guid' }, Document: { $Kind: 'NavigationProperty', $Collection: true, $Type: 'TK.DA.GGM.OData.Document' } },
        Document: { $Kind: 'EntityType', $Key: ['Id'], Id: { $Type: 'Edm.Guid' }, Soort: {}, ContentType: {} },
      },
    });
    expect(missingLookupFields(json)).toEqual([]);
    expect(missingLookupFields(json.replace('"ContentType"', '"Mimetype"'))).toEqual(['Document.ContentType']);
    expect(missingLookupFields('<html>Not Found</html>')).toBeNull();
    expect(missingLookupFields('{"error":')).toBeNull();
  });
});
