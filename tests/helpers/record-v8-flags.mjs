// `node --import ./record-v8-flags.mjs …`: appends every V8 flag the process sets at run time
// (node:v8's setFlagsFromString, however the module was imported) to the file named by
// RECORD_V8_FLAGS, one call per line. For tests of how a command tunes the engine.
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import v8 from 'node:v8';

const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  appendFileSync(process.env.RECORD_V8_FLAGS ?? '', `${flags}\n`);
  setFlags(flags);
};
// `import('node:v8')` elsewhere sees the wrapper too.
syncBuiltinESMExports();
