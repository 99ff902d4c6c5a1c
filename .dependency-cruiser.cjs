// The dependency arrows of docs/STYLE.md ("Dependencies point inward"), checked by
// dependency-cruiser on the real module graph: static, dynamic, side-effect and type-only
// imports alike. `npm run depcruise` (part of `npm test`) fails on any violation.
//
//   domain      imports only domain, date-fns and @date-fns/tz: no I/O, no Node built-ins
//   store       domain and drizzle/better-sqlite3; never Slack, CLI, scheduler, use cases, config
//   app         (use cases) domain, store, adapters; never Slack, CLI, scheduler or preview
//   blocks      (src/slack/blocks) pure: domain, texts, @slack/types, store types only
//   slack       never the CLI;  cli  never Slack
//   scheduler   never the Slack listeners or the CLI
//   config.ts   the bot's env reader: only composition roots (main, run-bot, preview, CLI) load it
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only imports included: a cycle means two modules are one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain imports only the domain, date-fns and @date-fns/tz (STYLE.md).',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/(date-fns|@date-fns/tz)/'] },
    },
    {
      name: 'domain-no-builtins',
      severity: 'error',
      comment: 'No I/O in the domain: no Node built-in modules.',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'store-below-everything',
      severity: 'error',
      comment: 'The store maps rows to domain types; it knows no Slack, CLI, scheduler, use case, preview or config.',
      from: { path: '^src/store/' },
      to: { path: ['^src/(slack|cli|scheduler|app|preview|adapters)/', '^src/(config|config-core|main|run-bot)\\.ts$'] },
    },
    {
      name: 'app-below-adapters',
      severity: 'error',
      comment: 'Use cases are called by Slack, the CLI and the preview, never the other way round.',
      from: { path: '^src/app/' },
      to: { path: ['^src/(slack|cli|scheduler|preview)/', '^src/(main|run-bot)\\.ts$'] },
    },
    {
      name: 'blocks-are-pure',
      severity: 'error',
      comment: 'Block Kit builders: data in, blocks out. Domain, texts, @slack/types; store modules for their types only.',
      from: { path: '^src/slack/blocks/' },
      to: {
        pathNot: [
          '^src/domain/',
          '^src/slack/blocks/',
          '^src/texts/',
          '^node_modules/@slack/types/',
          '^node_modules/(date-fns|@date-fns/tz)/',
          '^src/store/',
        ],
      },
    },
    {
      name: 'blocks-store-types-only',
      severity: 'error',
      comment: 'A block builder may name a store type, never call the store.',
      from: { path: '^src/slack/blocks/' },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'slack-not-cli',
      severity: 'error',
      comment: 'Slack and the CLI are two adapters side by side: shared code belongs below them.',
      from: { path: '^src/slack/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-not-slack',
      severity: 'error',
      comment: 'The CLI does not use the Slack adapter (its texts included: they live in src/texts/).',
      from: { path: '^src/cli/' },
      to: { path: '^src/slack/' },
    },
    {
      name: 'scheduler-not-listeners-or-cli',
      severity: 'error',
      comment: 'Jobs call one function each; they do not reach into Slack listeners or the CLI.',
      from: { path: '^src/scheduler/' },
      to: { path: ['^src/slack/listeners/', '^src/cli/'] },
    },
    {
      name: 'config-only-in-composition-roots',
      severity: 'error',
      comment: 'config.ts reads the environment: only the composition roots load it and pass values down.',
      from: { path: '^src/', pathNot: ['^src/(main|run-bot|config)\\.ts$', '^src/preview/start-preview\\.ts$', '^src/cli/'] },
      to: { path: '^src/config\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'Production code never imports test code.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dev-deps-in-src',
      severity: 'error',
      comment: 'Production code runs without devDependencies (tsx, vitest, …).',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
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
