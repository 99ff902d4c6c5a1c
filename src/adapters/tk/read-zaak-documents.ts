// The Documents of one motie Zaak, from the OData answer to
// `Zaak?$filter=Id eq <id>&$expand=Document&$top=1` (the query tommyvanderwal/motiematcher recorded
// on OData v4: { value: [ { Id, Soort, …, Document: [ { Id, Soort, ContentType, … } ] } ] }).
// One small request per motie that needs its file, instead of the whole Document feed (issue 24.4).

/** A Document of the Zaak: its id (the file is /Resources/<id>), soort and the file's content type. */
export interface ZaakDocument {
  id: string;
  soort: string | null;
  contentType: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` is an entity GUID (the only thing put into the query). */
export function isEntityId(id: string): boolean {
  return GUID.test(id);
}

/** The query for one Zaak with its Documents, under the OData base URL. */
export function zaakDocumentsUrl(odataBase: string, zaakId: string): string {
  return `${odataBase.replace(/\/+$/, '')}/Zaak?$filter=${encodeURIComponent(`Id eq ${zaakId}`)}&$expand=Document&$top=1`;
}

/**
 * The Documents of the Zaak `zaakId` in an OData answer; null when the answer has another shape
 * (not JSON, no `value`, another Zaak, no `Document` list): the caller tries again later.
 */
export function readZaakDocuments(body: string, zaakId: string): ZaakDocument[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const value = (parsed as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) return null;
  const zaak = value.find((z: unknown) => typeof (z as { Id?: unknown } | null)?.Id === 'string' && (z as { Id: string }).Id.toLowerCase() === zaakId.toLowerCase()) as { Document?: unknown } | undefined;
  if (!zaak) return value.length === 0 ? [] : null;
  if (!Array.isArray(zaak.Document)) return null;
  const out: ZaakDocument[] = [];
  for (const raw of zaak.Document as unknown[]) {
    const d = raw as { Id?: unknown; Soort?: unknown; ContentType?: unknown; Verwijderd?: unknown } | null;
    if (typeof d?.Id !== 'string' || !isEntityId(d.Id) || d.Verwijderd === true) continue;
    out.push({ id: d.Id, soort: typeof d.Soort === 'string' ? d.Soort : null, contentType: typeof d.ContentType === 'string' ? d.ContentType : null });
  }
  return out;
}

/** The service's metadata document (CSDL), under the OData base URL. */
export function odataMetadataUrl(odataBase: string): string {
  return `${odataBase.replace(/\/+$/, '')}/$metadata`;
}

/** What the Documents lookup reads: the Zaak's navigation to its Documents, and the Document fields readZaakDocuments uses. */
const LOOKUP_FIELDS: Record<string, readonly string[]> = { Zaak: ['Document'], Document: ['Id', 'Soort', 'ContentType'] };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The member names of entity type `name` in an XML CSDL document; null when it declares no such type. */
function xmlMembers(body: string, name: string): Set<string> | null {
  const type = new RegExp(`<(?:[\\w.]+:)?EntityType\\b[^>]*\\bName="${escapeRe(name)}"[^>]*>([\\s\\S]*?)</(?:[\\w.]+:)?EntityType>`).exec(body);
  if (!type) return null;
  return new Set([...(type[1] ?? '').matchAll(/<(?:[\w.]+:)?(?:Navigation)?Property\b[^>]*\bName="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** The member names of entity type `name` in a JSON CSDL document (OData 4.01); null when it declares no such type. */
function jsonMembers(doc: unknown, name: string): Set<string> | null {
  if (!doc || typeof doc !== 'object') return null;
  for (const schema of Object.values(doc as Record<string, unknown>)) {
    const type = schema && typeof schema === 'object' ? (schema as Record<string, unknown>)[name] : undefined;
    if (type && typeof type === 'object' && (type as { $Kind?: unknown }).$Kind === 'EntityType') return new Set(Object.keys(type).filter((k) => !k.startsWith('$')));
  }
  return null;
}

/**
 * What the Documents lookup needs that the service's metadata does not declare, as "Zaak.Document" or
 * "Document.Soort" ([] when all is there); null when the answer is no metadata document (XML or JSON CSDL).
 * Read before any lookup by `motie sync tk --check`: a service whose names changed (OData v5) shows here.
 */
export function missingLookupFields(body: string): string[] | null {
  const text = body.trimStart();
  let members: (name: string) => Set<string> | null;
  if (text.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return null;
    }
    members = (name) => jsonMembers(doc, name);
  } else if (/<(?:[\w.]+:)?Edmx\b/.test(text) || /<Schema\b/.test(text)) {
    members = (name) => xmlMembers(text, name);
  } else {
    return null;
  }
  const missing: string[] = [];
  for (const [type, fields] of Object.entries(LOOKUP_FIELDS)) {
    const found = members(type);
    for (const field of fields) if (!found?.has(field)) missing.push(`${type}.${field}`);
  }
  return missing;
}
