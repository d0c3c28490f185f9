import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The one-way layers (README, Architecture): each zone names a folder and what it may not import.
 * app → features → components, figures, state; figures → data, i18n; state → data, i18n;
 * components → i18n only; i18n → data; data → nothing above it. No feature imports another.
 */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const layerZones = [
  {
    target: 'src/data',
    from: ['src/i18n', 'src/state', 'src/figures', 'src/components', 'src/features', 'src/app'],
    message: 'src/data imports nothing above it.',
  },
  {
    target: 'src/i18n',
    from: ['src/state', 'src/figures', 'src/components', 'src/features', 'src/app'],
    message: 'src/i18n imports only src/data (the locale is passed in, never read from a store).',
  },
  {
    target: 'src/state',
    from: ['src/figures', 'src/components', 'src/features', 'src/app'],
    message: 'src/state imports only src/data and src/i18n.',
  },
  {
    target: 'src/figures',
    from: ['src/state', 'src/components', 'src/features', 'src/app'],
    message: 'A view model is pure: it takes plain arguments and imports only src/data and src/i18n.',
  },
  {
    target: 'src/components',
    from: ['src/data', 'src/state', 'src/figures', 'src/features', 'src/app'],
    message: 'A component takes its data through props and imports only src/i18n and other components.',
  },
  {
    target: 'src/features',
    from: 'src/app',
    message: 'Features are composed by src/app, not the other way.',
  },
  ...features.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message:
      'A feature never imports another feature: move what both need to src/figures, src/state or src/data.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
  },
);
