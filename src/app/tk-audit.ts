// The audit actions the Tweede Kamer sync writes, read back by the scheduler's TK notices. Apart
// from sync-tk.ts so that reading them does not load the sync's XML adapters.
/** Audit actions the channel notices are planned from (src/scheduler/run-tk-notices.ts). */
export const TK_AUDIT = { afgedaan: 'tk-afgedaan', created: 'tk-new', firstSync: 'tk-first-sync' } as const;
