// Before each test file (vitest setupFiles): worker threads start the worker entry that
// tests/worker-setup.ts linked once for this run, instead of compiling the sources through tsx.
import { inject } from 'vitest';
import { useWorkerEntry } from '../src/worker/run-task.ts';

useWorkerEntry(inject('workerEntry'));
