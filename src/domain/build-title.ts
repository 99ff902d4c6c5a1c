// A short title for an item: the gist of its request or promise, without the "Motie X" origin
// (describeOrigin adds that where it is shown): "Na te gaan hoe herstelrecht bij seksueel …".
import { REQUEST_OPENINGS } from '../import/layouts/read/vocabulary.ts';
import { upperFirst } from './upper-first.ts';

const MAX_TITLE = 80;

export function buildTitle(text: string): string {
  const operative = text.replace(REQUEST_OPENINGS, '').replace(/^[,;:\s]+/, '');
  const title = shortenAtWord(operative === '' ? text : operative, MAX_TITLE);
  if (title === '') return 'Zonder omschrijving';
  return upperFirst(title);
}

/** Characters of a long text shortenAtWord reads first: the title is cut from its first `max`. */
const HEAD_FACTOR = 4;

/** White space other than a single space: all that `replace(/\s+/g, ' ')` changes. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** Every run of white space as one space; tested first, since most texts have single spaces only (issue 28). */
function singleSpaced(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function shortenAtWord(text: string, max: number): string {
  // A long text (10,000 items of an import, each hundreds of characters) is cleaned as far as the
  // title needs: its head, cleaned, is the start of the whole cleaned text (a whitespace run is one
  // space either way; a final punctuation mark removed from the head was at most one character). A
  // head of at least max + 2 characters then gives the same cut; a shorter one, the whole text.
  const head = text.length > HEAD_FACTOR * max ? singleSpaced(text.slice(0, HEAD_FACTOR * max)).trim().replace(/[.;:,]$/, '') : '';
  const clean = head.length >= max + 2 ? head : singleSpaced(text).trim().replace(/[.;:,]$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')} …`;
}
