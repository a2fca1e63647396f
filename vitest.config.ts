import { defineConfig } from 'vitest/config';

// Unit and property tests live next to the code they test (src/**/*.test.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'e2e/bench/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
