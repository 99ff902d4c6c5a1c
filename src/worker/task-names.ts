// The tasks src/worker/entry.ts can run in a worker thread (see run-task.ts).
export type TaskName = 'plan-digest' | 'plan-reminders' | 'export' | 'parse-feed' | 'read-source';
