// `status [CODE … | ministerie | alles] [zonder termijn | later | moties | …] [indiener]`, `status
// mijn`: which list. The filter words are read by the status view (domain/status-filter); here they
// are only cleaned and cut, because they travel in the paging buttons' values.
export type StatusArgs = { view: 'mine' } | { view: 'status'; scope: string };

/** At most this many characters of filter words. */
const MAX_STATUS_ARGS = 200;

export function readStatus(text: string): StatusArgs {
  if (/^mijn$/i.test(text.trim())) return { view: 'mine' };
  return { view: 'status', scope: text.split(/[\s,;]+/).filter(Boolean).join(' ').slice(0, MAX_STATUS_ARGS) };
}
