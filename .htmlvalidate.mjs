// html-validate configuration for the built pages (tests/e2e/quality.spec.ts).
/** @type {import('html-validate').ConfigData} */
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits `<script type="module">` and self-closing void elements (`<meta ... />`);
    // both are valid HTML, only a matter of style.
    'void-style': 'off',
    'script-type': 'off',
    // Shiki colours code tokens with inline `style` custom properties; CSP allows exactly those
    // through `style-src-attr`.
    'no-inline-style': 'off',
    // Long lesson text and Shiki's output use typographic quotes and entities legitimately.
    'unrecognized-char-ref': 'error',
  },
};

export default config;
