// A short title for an item: "Motie Mutluer: herstelrecht bij seksueel grensoverschrijdend gedrag …".
import type { ItemKind } from '../items.ts';
import { REQUEST_OPENINGS } from './vocabulary.ts';

const MAX_SNIPPET = 70;

export function buildTitle(kind: ItemKind, submitters: readonly string[], cs: boolean, text: string): string {
  const operative = text.replace(REQUEST_OPENINGS, '').replace(/^[,;:\s]+/, '');
  const snippet = shortenAtWord(operative === '' ? text : operative, MAX_SNIPPET);
  if (kind === 'toezegging') return snippet === '' ? 'Toezegging' : `Toezegging: ${snippet}`;
  const names = submitters.length > 0 ? ` ${formatNames(submitters)}${cs ? ' c.s.' : ''}` : '';
  return snippet === '' ? `Motie${names}` : `Motie${names}: ${snippet}`;
}

function formatNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

function shortenAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[.;:,]$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')} …`;
}
