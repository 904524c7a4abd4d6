// The import rules of src/ (README "How it is built"), checked by `npm run lint:imports`,
// part of `npm test`. Layers, lowest first; a layer imports only the layers below it:
//
//   core <- scenario <- machine <- worker <- store <- panels <- features <- app <- main.tsx
//   (src/trace, the QEMU log reader, sits beside machine: on core and scenario, used by the worker)
//
// features: predict, custom, embed, export, offline (one folder each). link and i18n are
// leaves that any layer may use; they themselves import only core, scenario and machine
// (types). Unit tests (*.test.ts) may import anything but take part in the cycle check.
// Each rule's name is in the error; its comment says why.
const FEATURES = '(predict|custom|embed|export|offline)';
const notTest = '\\.test\\.ts$';

/** `from` may import nothing under src/ but the folders in `allowed` (and itself). */
const only = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/${from}/`, pathNot: notTest },
  to: { path: '^src/', pathNot: `^src/(${from}|${allowed.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order matter and hide a layer upside down: break the cycle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    only('core-is-pure', 'core', [], 'src/core is the rules: pure TypeScript that imports nothing else of the app.'),
    only('scenario-uses-core-only', 'scenario', ['core'], 'The scenario format sits on the core only.'),
    only(
      'trace-on-core-and-scenario',
      'trace',
      ['core', 'scenario'],
      'src/trace reads QEMU logs and explains them with the core: pure TypeScript, like the core.',
    ),
    only(
      'machine-below-worker',
      'machine',
      ['core', 'scenario'],
      'The machine replays scenarios through the core; it knows no worker, store or UI.',
    ),
    only(
      'worker-below-store',
      'worker',
      ['core', 'scenario', 'machine', 'trace'],
      'The rules worker and its client know no store or UI.',
    ),
    only(
      'store-below-panels',
      'store',
      ['core', 'scenario', 'machine', 'worker', 'link', 'i18n'],
      'The stores bridge the machine to the UI; they never import panels, features or app.',
    ),
    only(
      'panels-below-features',
      'panels',
      ['core', 'scenario', 'machine', 'worker', 'store', 'link', 'i18n'],
      'Panels draw the store; they never import a feature folder or src/app.',
    ),
    {
      name: 'panels-share-through-common',
      comment: 'A panel imports another panel only through src/panels/common (move what both need there).',
      severity: 'error',
      from: { path: '^src/panels/([^/]+)/', pathNot: [notTest, '^src/panels/common/'] },
      to: { path: '^src/panels/', pathNot: ['^src/panels/$1/', '^src/panels/common/'] },
    },
    {
      name: 'panels-common-is-shared',
      comment: 'src/panels/common is what every panel may use; it imports no panel.',
      severity: 'error',
      from: { path: '^src/panels/common/', pathNot: notTest },
      to: { path: '^src/panels/', pathNot: '^src/panels/common/' },
    },
    {
      name: 'features-below-app',
      comment: 'A feature folder (predict, custom, embed, export, offline) never imports src/app or main.tsx.',
      severity: 'error',
      from: { path: `^src/${FEATURES}/`, pathNot: notTest },
      to: { path: '^src/(app/|main\\.tsx$)' },
    },
    {
      name: 'features-do-not-import-features',
      comment: 'Features are independent: what two need belongs in a lower layer (store, panels/common).',
      severity: 'error',
      from: { path: `^src/${FEATURES}/`, pathNot: notTest },
      to: { path: `^src/${FEATURES}/`, pathNot: '^src/$1/' },
    },
    {
      name: 'leaves-stay-leaves',
      comment:
        'src/link and src/i18n are used by every layer, so they import only core, scenario and machine (and types).',
      severity: 'error',
      from: { path: '^src/(link|i18n)/', pathNot: notTest },
      to: {
        path: '^src/',
        pathNot: [
          '^src/(link|i18n|core|scenario|machine)/',
          // Type-only: the shapes two messages describe (erased, no arrow at run time).
          '^src/custom/storage\\.ts$',
          '^src/custom/trace\\.ts$',
          '^src/trace/types\\.ts$',
          '^src/predict/questions\\.ts$',
        ],
      },
    },
    {
      name: 'app-is-the-top',
      comment: 'Only main.tsx imports src/app.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(app/|main\\.tsx$)', notTest] },
      to: { path: '^src/app/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing: a typo, or a package missing from package.json.',
      severity: 'error',
      from: {},
      // virtual:lessons is made by a Vite plugin at build time (scripts/lessons-plugin.ts).
      to: { couldNotResolve: true, pathNot: '^virtual:lessons$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist[^/]*|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
