/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Content quality checks spawn python3 and bash per code block; give them room on a slow CI.
    testTimeout: 30_000,
  },
});
