// A toezegging record from the register → the item motiebot tracks (TK-OPEN-DATA.md,
// "Toezeggingen → items"). Pure: the calendar and the activiteit's date are arguments.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import { pickDeadline } from '../dates/pick-deadline.ts';
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline, ItemStatus } from '../items.ts';
import { buildTitle } from '../build-title.ts';
import { capDraft } from './cap-record.ts';
import { deriveToezeggingMinistry } from './derive-ministry.ts';
import type { RegisterStatus, TkItemDraft, TkMappingNote, ToezeggingRecord } from './types.ts';

export interface MapToezeggingOptions {
  calendar?: ParliamentaryCalendar;
  /** The date of the debate (activiteit) the promise was made in, when the caller knows it. */
  activiteitDate?: IsoDate | null;
}

export interface MappedToezegging {
  draft: TkItemDraft;
  notes: TkMappingNote[];
}

const STATUS: Record<string, RegisterStatus> = {
  '': 'open',
  openstaand: 'open',
  'deels afgedaan': 'partly',
  'deels voldaan': 'partly',
  afgedaan: 'done',
  voldaan: 'done',
  vervallen: 'lapsed',
};

/** The register's status word, leniently: case and spacing do not matter; unknown → 'unknown'. */
export function readRegisterStatus(raw: string | null): RegisterStatus {
  const key = (raw ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUS[key] ?? 'unknown';
}

function itemStatusOf(status: RegisterStatus): ItemStatus {
  if (status === 'done') return 'done';
  if (status === 'lapsed') return 'lapsed';
  return 'open';
}

/** The register's own words, kept with the item as its status text. */
function describeRegisterStatus(status: RegisterStatus, raw: string | null, kamerbrieven: readonly string[], date: IsoDate | null): string | null {
  const letters = kamerbrieven.length === 0 ? '' : `, ${kamerbrieven.length === 1 ? 'Kamerbrief' : 'Kamerbrieven'} ${kamerbrieven.join(', ')}`;
  const on = date ? ` (${date})` : '';
  switch (status) {
    case 'done':
      return `Afgedaan volgens het toezeggingenregister${letters}${on}`;
    case 'partly':
      return `Deels afgedaan volgens het toezeggingenregister${letters}${on}`;
    case 'lapsed':
      return 'Vervallen volgens het toezeggingenregister';
    case 'unknown':
      return `Status in het toezeggingenregister: ${(raw ?? '').trim()}`;
    default:
      return null;
  }
}

export function mapToezegging(record: ToezeggingRecord, options: MapToezeggingOptions = {}): MappedToezegging {
  const notes: TkMappingNote[] = [];
  const text = (record.tekst ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') notes.push({ code: 'TK_NO_TEXT', entityId: record.id, value: record.nummer });

  const registerStatus = readRegisterStatus(record.status);
  if (registerStatus === 'unknown') notes.push({ code: 'TK_STATUS_UNKNOWN', entityId: record.id, value: record.status });

  const ministry = deriveToezeggingMinistry(record.functie, record.ministerie);
  if (!ministry) {
    notes.push({ code: 'TK_MINISTRY_UNMAPPED', entityId: record.id, value: [record.functie, record.ministerie].filter(Boolean).join(' / ') || null });
  }

  const referenceDate = options.activiteitDate ?? record.aanmaakdatum ?? null;
  const referenceFrom = options.activiteitDate ? 'activiteit' : record.aanmaakdatum ? 'aanmaakdatum' : null;
  if (!referenceDate && text !== '') notes.push({ code: 'TK_NO_REFERENCE_DATE', entityId: record.id, value: record.nummer });

  let deadline: ItemDeadline | null = null;
  if (referenceDate && text !== '') {
    const chosen = pickDeadline({ request: text, requestReference: referenceDate, ...(options.calendar ? { calendar: options.calendar } : {}) });
    if (chosen) {
      deadline = {
        earliest: chosen.earliest,
        deadline: chosen.deadline,
        text: chosen.text,
        basis: chosen.basis,
        soft: chosen.soft,
        source: 'request',
      };
    }
  }

  const kamerbrieven = [...new Set(record.kamerbriefNakoming.map((k) => k.trim()).filter((k) => k !== ''))];
  const reference = record.nummer?.trim() || null;
  return {
    draft: capDraft({
      entityId: record.id,
      kind: 'toezegging',
      reference,
      title: text === '' ? (reference ?? 'Toezegging zonder tekst') : buildTitle(text),
      text: text === '' ? (reference ?? '') : text,
      submitters: [],
      kamerstuk: null,
      status: itemStatusOf(registerStatus),
      registerStatus,
      statusText: describeRegisterStatus(registerStatus, record.status, kamerbrieven, record.datumNakoming),
      deadline,
      referenceDate,
      referenceFrom,
      fulfilment: { kamerbrieven, date: record.datumNakoming },
      ministry,
    }, notes),
    notes,
  };
}
