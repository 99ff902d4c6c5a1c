export { parseOverview, isDone, type ParseOverviewOptions } from './parse-overview.ts';
export {
  planImport,
  describeDeadline,
  TEXT_MATCH_THRESHOLD,
  type ImportPlan,
  type PlannedCreate,
  type PlannedUpdate,
  type PlannedUnchanged,
  type ImportConflict,
  type FieldChange,
  type ChangedField,
  type OverviewPatch,
  type LinkTarget,
} from './plan-import.ts';
export { parseKamerstukReference } from './parse-footnotes.ts';
export { normaliseForMatching, textSimilarity } from './match-text.ts';
export type * from './types.ts';
