// Its own module so that run-job.ts (which catches it) and plan-off-loop.ts (which throws it and
// reads run-job's types) do not import each other.

/** The planning worker passed its deadline or heap: the run ends unplanned (run-job.ts). */
export class PlanningFailed extends Error {}
