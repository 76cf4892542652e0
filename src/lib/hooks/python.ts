/**
 * Hooks of the lessons' Python blocks (the contract: src/lib/hooks/index.ts). Read by
 * src/scripts/copy.ts (a block near: load the Run buttons) and src/scripts/python/run-buttons.ts.
 */

/**
 * On a code block's figure, written at build time by src/lib/code-blocks.ts: whether it runs in
 * the browser; value: `run`, `needs` or `browser:<reason>` (src/lib/python/blocks.ts).
 */
export const PYTHON = 'data-python';
