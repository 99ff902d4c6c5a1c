// A short title for an item: the gist of its request or promise, without the "Motie X" origin
// (describeOrigin adds that where it is shown): "Na te gaan hoe herstelrecht bij seksueel …".
import { REQUEST_OPENINGS } from '../import/layouts/read/vocabulary.ts';

const MAX_TITLE = 80;

export function buildTitle(text: string): string {
  const operative = text.replace(REQUEST_OPENINGS, '').replace(/^[,;:\s]+/, '');
  const title = shortenAtWord(operative === '' ? text : operative, MAX_TITLE);
  if (title === '') return 'Zonder omschrijving';
  return title.charAt(0).toLocaleUpperCase('nl') + title.slice(1);
}

function shortenAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[.;:,]$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')} …`;
}
