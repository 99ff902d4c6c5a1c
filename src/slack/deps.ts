// What every listener needs, built once in main.ts (or a test): the use cases' context.
import type { AppContext } from '../app/context.ts';

export type BotDeps = AppContext;
