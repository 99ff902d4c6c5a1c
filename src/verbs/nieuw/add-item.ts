// Add an item by hand (the "Nieuw" modal): what it promises, who is responsible, an optional term,
// Kamerstuk and indieners.
// Every input problem is reported at once, and nothing is stored while there is one.
import { amsterdamDate } from '../../clock.ts';
import { describeActor } from '../../domain/actor.ts';
import { uncoveredCodes } from '../../domain/authorize.ts';
import { parseTarget } from '../../domain/codes.ts';
import { parseTermInput, pastTermSpan, termProblem, type PastSpan, type TermInputProblem } from '../../domain/dates/parse-term-input.ts';
import type { DateExpression } from '../../domain/dates/types.ts';
import type { Item, ItemKind, KamerstukRef, Responsibility } from '../../domain/items.ts';
import { buildTitle } from '../../domain/build-title.ts';
import { stripXmlForbidden } from '../../domain/strip-xml-forbidden.ts';
import { linkedTargets } from '../../store/channels.queries.ts';
import { createItem } from '../../store/items.queries.ts';
import type { AppContext } from '../../app/context.ts';
import { readKamerstuk, readSubmitters } from '../../app/edit-item.ts';
import type { ChangeRequest } from '../../app/request.ts';
import type { Announces } from '../../app/announces.ts';

export interface NewItemInput {
  kind: ItemKind;
  text: string;
  /** Empty: a title is made from the text. */
  title: string;
  /** Bewindspersoon codes as typed ("SOCW", "MJenV"). */
  codes: readonly string[];
  /** What a person typed as the term; empty for none. */
  term: string;
  /** The person confirmed a term that lies in the past. */
  confirmPastTerm?: boolean;
  /** The Kamerstuk as typed ("36222-45", "36222, nr. 45"); empty or absent for none. */
  kamerstuk?: string;
  /** Indieners as typed, one per entry; absent for none. */
  submitters?: readonly string[];
}

export type AddItemProblem =
  | { field: 'text'; code: 'ITEM_TEXT_MISSING' }
  | { field: 'codes'; code: 'ITEM_CODES_MISSING' }
  | { field: 'codes'; code: 'ITEM_CODE_UNKNOWN'; word: string }
  /** A Slack user may add items only for codes linked to the channel (admins: any). */
  | { field: 'codes'; code: 'ITEM_CODES_NOT_ALLOWED'; codes: string[] }
  | { field: 'kamerstuk'; code: 'ITEM_KAMERSTUK_UNREADABLE' }
  /** More indieners, or a longer name, than an item holds (EDIT_LIMITS). */
  | { field: 'submitters'; code: 'ITEM_SUBMITTERS_TOO_LONG' }
  /** `problem`: what the date parser could not read (src/texts/dates.nl.ts words it). */
  | { field: 'term'; code: 'TERM_UNREADABLE'; parserCode: TermInputProblem['code']; problem: TermInputProblem }
  /** The typed term lies `past` in the past and was not confirmed (`confirmPastTerm`). */
  | { field: 'term'; code: 'TERM_IN_PAST'; past: PastSpan };

export type AddItemResult =
  | { ok: true; code: 'ITEM_ADDED'; item: Item; expression: DateExpression | null }
  | { ok: false; code: 'ITEM_INVALID'; problems: AddItemProblem[] };

interface ReadInput {
  problems: AddItemProblem[];
  responsible: Responsibility[];
  kamerstuk: KamerstukRef | null;
  submitters: string[];
}

/** What can be checked without the database: text, codes, Kamerstuk, indieners (the CLI checks it before opening a file). */
export function checkNewItem(input: NewItemInput): ReadInput {
  const problems: AddItemProblem[] = [];
  if (!input.text.trim()) problems.push({ field: 'text', code: 'ITEM_TEXT_MISSING' });
  const responsible: Responsibility[] = [];
  if (input.codes.length === 0) problems.push({ field: 'codes', code: 'ITEM_CODES_MISSING' });
  for (const word of input.codes) {
    const target = parseTarget(word);
    if (target?.kind !== 'code') {
      problems.push({ field: 'codes', code: 'ITEM_CODE_UNKNOWN', word });
      break;
    }
    responsible.push({ code: target.code, ministry: target.ministry });
  }
  const kamerstuk = readKamerstuk(input.kamerstuk ?? '', null);
  if (kamerstuk === 'invalid') problems.push({ field: 'kamerstuk', code: 'ITEM_KAMERSTUK_UNREADABLE' });
  const submitters = readSubmitters(input.submitters ?? []);
  if (submitters === 'too-long') problems.push({ field: 'submitters', code: 'ITEM_SUBMITTERS_TOO_LONG' });
  return { problems, responsible, kamerstuk: kamerstuk === 'invalid' ? null : kamerstuk, submitters: submitters === 'too-long' ? [] : submitters };
}

export function addItem(ctx: AppContext, input: NewItemInput, request: ChangeRequest): AddItemResult {
  const now = ctx.now();
  const { problems, responsible, kamerstuk, submitters } = checkNewItem(input);
  const who = describeActor(request.actor);
  if (who.kind === 'slack' && !problems.some((p) => p.field === 'codes')) {
    // The same rule as opening the form, per code: a channel linked to each code (or its
    // ministry), or an admin.
    const requester = { userId: who.userId, channelTargets: linkedTargets(ctx.db, request.channelId) };
    const refused = uncoveredCodes(responsible, requester, ctx.admins);
    if (refused.length > 0) {
      ctx.logger.info(`refused a new item for ${refused.join(',')} by user=${who.userId} channel=${request.channelId ?? '-'}`);
      problems.push({ field: 'codes', code: 'ITEM_CODES_NOT_ALLOWED', codes: [...new Set(refused)] });
    }
  }
  let expression: DateExpression | null = null;
  if (input.term.trim()) {
    const parsed = parseTermInput(input.term, amsterdamDate(now), ctx.calendar);
    const past = parsed.ok && !input.confirmPastTerm ? pastTermSpan(parsed.expression, amsterdamDate(now)) : null;
    if (parsed.ok && past) problems.push({ field: 'term', code: 'TERM_IN_PAST', past });
    else if (parsed.ok) expression = parsed.expression;
    else problems.push({ field: 'term', code: 'TERM_UNREADABLE', parserCode: parsed.code, problem: termProblem(parsed) });
  }
  if (problems.length > 0) return { ok: false, code: 'ITEM_INVALID', problems };
  const e = expression;
  // No character XML forbids reaches the store: it would make the item's Word or Excel export unreadable.
  const text = stripXmlForbidden(input.text);
  const title = stripXmlForbidden(input.title);
  const item = createItem(
    ctx.db,
    {
      kind: input.kind,
      title: title || buildTitle(text),
      text,
      responsible,
      kamerstuk,
      submitters,
      deadline: e ? { earliest: e.earliest, deadline: e.deadline, text: e.text, basis: e.basis, soft: e.soft, source: 'person' } : null,
    },
    request.actor,
    now.getTime(),
    request.context,
  );
  return { ok: true, code: 'ITEM_ADDED', item, expression };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
addItem.announces = { ITEM_ADDED: 'created' } satisfies Announces<AddItemResult>;
