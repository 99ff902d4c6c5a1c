// Which files the reading worker reads: the CLI tests a name with this before it loads the
// worker's code (reading-worker.ts, node:worker_threads), which a text or CSV import never needs.

/** Names of the files the reading worker reads (Word, Excel, PDF): only a hint, the bytes decide. */
export const WORKER_FILE_NAME = /\.(?:docx|xlsx|pdf)$/i;
