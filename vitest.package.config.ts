import { defineConfig } from 'vitest/config';

/** The packaging test: runs after `npm run build`, against the packed tarball. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
