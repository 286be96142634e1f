import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: the suites that pin the
 * mutated modules directly. The whole suite (every pack example) takes minutes
 * per mutant on two cores; these take seconds.
 */
export default defineConfig({
  test: {
    include: [
      'tests/guards.test.ts',
      'tests/engine-rules.test.ts',
      'tests/reliability.test.ts',
      'tests/datetime.test.ts',
      'tests/subject.test.ts',
      'tests/pattern.test.ts',
      'tests/api.test.ts',
      'tests/messages.test.ts',
      'tests/rewrite-mechanics.test.ts',
    ],
    testTimeout: 30_000,
    globalSetup: ['tests/setup.ts'],
  },
});
