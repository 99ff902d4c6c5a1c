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
