// The dependency arrows of docs/STYLE.md ("Dependencies point inward"), checked by
// dependency-cruiser on the real module graph: static, dynamic, side-effect and type-only
// imports alike. `npm run depcruise` (part of `npm test`) fails on any violation.
//
//   domain      imports only domain, date-fns and @date-fns/tz: no I/O, no Node built-ins; the import's
//               pure core (src/import/layouts: a document's blocks -> items, src/import/plan: match + diff)
//               is held to the same rules, and with the domain forms one pure core
//   import      src/import/document (bytes -> SourceDocument) is an adapter: the pure core never imports it,
//               and it answers codes with values, never a text module's sentences
//   store       domain and drizzle/better-sqlite3; never Slack, CLI, scheduler, use cases, config
//   app         (use cases) domain, store, adapters; never Slack, CLI, scheduler or preview
//   blocks      (src/slack/blocks) pure: domain, texts, @slack/types, store types only
//   slack       never the CLI;  cli  never Slack; listeners, views and verb answers read through app/, not the store
//   scheduler   never the Slack listeners or the CLI
//   outbox      (sending and leases) store and domain only: every poster calls it, it calls none
//   verbs       src/verbs/<verb>/: grammar.ts pure (domain), slack.ts never the CLI, cli.ts never Slack;
//               its use case (set-term.ts, …) at app/'s level: never Slack, CLI, scheduler or preview
//   texts       shared sentence tables: domain, and result types of app/verbs/import/adapters (no store, Slack, CLI …)
//   config.ts   the bot's env reader: only composition roots (main, run-bot, preview, CLI) load it

/** @typedef {import('dependency-cruiser').IRegularForbiddenRuleType} Rule */

/**
 * One forbidden arrow: modules matching `from` may not import modules matching `to` (paths are
 * regexes; `to` may also say which kinds of import count). Every rule is an error.
 * @param {string} name
 * @param {string} comment
 * @param {Rule['from']} from
 * @param {Rule['to']} to
 * @returns {Rule}
 */
const forbid = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/**
 * A layer (a folder of src/) that must not import what `paths` match.
 * @param {string} name
 * @param {string} comment
 * @param {string} dir the folder under src/, e.g. 'slack/blocks'
 * @param {string | string[]} paths
 * @param {Rule['to']} [extra] more conditions on the import (e.g. which kinds count)
 * @returns {Rule}
 */
const layer = (name, comment, dir, paths, extra = {}) => forbid(name, comment, { path: `^src/${dir}/` }, { path: paths, ...extra });

/** The pure core: the domain, and the import's layouts (blocks -> items) and plan (match + diff). */
const PURE_CORE = '^src/(domain|import/(layouts|plan))/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('no-circular', 'No import cycles, type-only imports included: a cycle means two modules are one.', {}, { circular: true }),
    forbid('domain-is-pure', "The domain and the import's pure core (src/import/layouts, src/import/plan) import only each other, date-fns and @date-fns/tz (STYLE.md).", { path: PURE_CORE }, {
      pathNot: [PURE_CORE, '^node_modules/(date-fns|@date-fns/tz)/'],
    }),
    forbid('domain-no-builtins', "No I/O in the domain or the import's pure core: no Node built-in modules.", { path: PURE_CORE }, { dependencyTypes: ['core'] }),
    layer('store-below-everything', 'The store maps rows to domain types; it knows no Slack, CLI, scheduler, use case, preview or config.', 'store', [
      '^src/(slack|cli|scheduler|app|preview|adapters|verbs)/',
      '^src/(config|config-core|main|run-bot)\\.ts$',
    ]),
    layer('document-readers-answer-codes', 'The document readers (src/import/document) answer result codes with values; src/texts words them.', 'import/document', '^src/texts/'),
    layer('app-below-adapters', 'Use cases are called by Slack, the CLI and the preview, never the other way round.', 'app', [
      '^src/(slack|cli|scheduler|preview|verbs)/',
      '^src/(main|run-bot)\\.ts$',
    ]),
    forbid('blocks-are-pure', 'Block Kit builders: data in, blocks out. Domain, texts, @slack/types; store modules for their types only.', { path: '^src/slack/blocks/' }, {
      pathNot: ['^src/domain/', '^src/slack/blocks/', '^src/texts/', '^node_modules/@slack/types/', '^node_modules/(date-fns|@date-fns/tz)/', '^src/store/'],
    }),
    layer('blocks-store-types-only', 'A block builder may name a store type, never call the store.', 'slack/blocks', '^src/store/', { dependencyTypesNot: ['type-only'] }),
    layer('outbox-below-posters', 'The outbox (send, withLease) is called by every poster and calls none of them.', 'outbox', [
      '^src/(slack|cli|scheduler|app|preview|adapters|texts)/',
      '^src/(config|config-core|main|run-bot)\\.ts$',
    ]),
    forbid('verb-grammar-is-pure', "A verb's argument grammar is read once for both adapters: domain only.", { path: '^src/verbs/(grammar|[a-z-]+/grammar)\\.ts$' }, {
      pathNot: ['^src/domain/', '^src/verbs/(grammar|[a-z-]+/grammar)\\.ts$'],
    }),
    forbid(
      'verb-use-case-below-adapters',
      "A verb's own use case (set-term.ts, link-channel.ts, …: any module of its folder but grammar, slack, cli, verb and its text modules) is called by both adapters and by Slack's buttons and forms; it calls none of them.",
      { path: '^src/verbs/[^/]+/', pathNot: '^src/verbs/[^/]+/(grammar|slack|cli|verb|help\\.nl|texts\\.nl)\\.ts$' },
      { path: ['^src/(slack|cli|scheduler|preview)/', '^src/verbs/[^/]+/(slack|cli|verb)\\.ts$', '^src/(main|run-bot)\\.ts$'] },
    ),
    forbid('verb-slack-not-cli', "A verb's Slack answer does not use the CLI.", { path: '^src/verbs/[^/]+/slack\\.ts$' }, { path: ['^src/cli/', '^src/verbs/[^/]+/cli\\.ts$'] }),
    forbid('verb-cli-not-slack', "A verb's command line does not use Slack.", { path: '^src/verbs/[^/]+/cli\\.ts$' }, { path: ['^src/slack/', '^src/verbs/[^/]+/slack\\.ts$'] }),
    forbid(
      'reads-through-app',
      "Slack (listeners, views, the change announcements), the CLI and the verb slices' answers read and change data through the use cases (src/app, a slice's own use case), never the store: its types only. The lock-wait policy (store/busy.ts) is no data. The CLI's composition root (cli/context.ts, cli/db.ts, cli/store.ts) opens the database and loads the calendar, as main.ts does for the bot.",
      { path: ['^src/slack/', '^src/cli/', '^src/verbs/[^/]+/(slack|cli)\\.ts$'], pathNot: '^src/cli/(context|db|store)\\.ts$' },
      { path: '^src/store/', pathNot: '^src/store/busy\\.ts$', dependencyTypesNot: ['type-only'] },
    ),
    forbid(
      'texts-are-shared-tables',
      "src/texts holds the sentences several places share: it words codes with typed values from the domain, and names (types only) the results of use cases, verbs, the import and the adapters. Never the store, Slack, the CLI, the scheduler or the preview: their own sentences live beside them.",
      { path: '^src/texts/' },
      { path: ['^src/(store|slack|cli|scheduler|preview|outbox|worker|health)/', '^src/(config|config-core|config-slack|main|run-bot)\\.ts$'] },
    ),
    forbid(
      'texts-name-result-types-only',
      'A shared text table names the result types of use cases, verbs, the import and the adapters; it never calls them.',
      { path: '^src/texts/' },
      { path: '^src/(app|verbs|import|adapters)/', dependencyTypesNot: ['type-only'] },
    ),
    layer('slack-not-cli', 'Slack and the CLI are two adapters side by side: shared code belongs below them.', 'slack', '^src/cli/'),
    layer('cli-not-slack', 'The CLI does not use the Slack adapter (its texts included: they live in src/texts/).', 'cli', '^src/slack/'),
    layer('scheduler-not-listeners-or-cli', 'Jobs call one function each; they do not reach into Slack listeners or the CLI.', 'scheduler', ['^src/slack/listeners/', '^src/cli/']),
    forbid(
      'config-only-in-composition-roots',
      'config.ts reads the environment: only the composition roots load it and pass values down.',
      { path: '^src/', pathNot: ['^src/(main|run-bot|config)\\.ts$', '^src/preview/start-preview\\.ts$', '^src/cli/'] },
      { path: '^src/config\\.ts$', dependencyTypesNot: ['type-only'] },
    ),
    forbid('src-not-tests', 'Production code never imports test code.', { path: '^src/' }, { path: '^(tests|bench)/' }),
    forbid('not-to-unresolvable', 'Every import resolves.', {}, { couldNotResolve: true }),
    forbid('no-dev-deps-in-src', 'Production code runs without devDependencies (tsx, vitest, …).', { path: '^src/' }, { dependencyTypes: ['npm-dev'] }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // A node_modules that is a link (a git worktree sharing one install) still resolves as node_modules/.
    preserveSymlinks: true,
    // Node built-ins stay in the graph (domain-no-builtins needs them); tests and benches are not cruised.
    exclude: { path: '^(tests|bench|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: false,
  },
};
