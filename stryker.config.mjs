// npm run mutate: StrykerJS mutation testing with the vitest runner (issue 14). Not in CI: the whole
// suite runs every pack example and takes minutes per mutant on two cores, so mutants run against
// the focused suites in vitest.mutate.config.ts, over the modules those suites pin (matching, checks,
// scoring, segmentation, resolving, formats). Widen `mutate` for a deeper run:
// `npx stryker run --mutate "src/**/*.ts"`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [
    'src/coach/score.ts',
    'src/coach/resolve.ts',
    'src/text/segment.ts',
    'src/checks/count.ts',
    'src/checks/levels.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
};
