// Module hooks for record-imports.mjs (run on the loader thread).
import { appendFileSync } from 'node:fs';

/** @type {string | undefined} */
let file;
/** @param {{ file?: string } | undefined} data */
export function initialize(data) {
  file = data?.file;
}

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}
