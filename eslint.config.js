import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layers (STYLE.md, README "Project layout"): dependencies point down only. Each block names what a folder may
// not import, so a breach fails `npm run lint` instead of waiting for review.
// Each rule names the layer by its folder, whether the import says `$lib/data/cards` or `../../data/cards`: a
// relative path is matched by its folder segments, so climbing out of a folder is no way around the rule.
const folder = (names) => `^(\\$lib/|(\\.\\.?/)+(lib/)?)(${names.join('|')})(/|$)`;
const svelteRuntime = {
	group: ['svelte', 'svelte/*'],
	message: 'The domain is plain TypeScript: no Svelte.'
};
const dexie = {
	group: ['dexie', 'dexie/*'],
	message: 'Only src/lib/data/ imports Dexie; use a data function (or $lib/data/live for a live query).'
};
const app = { group: ['$app/*'], message: 'The domain does not know about SvelteKit ($app/*).' };
const upperLayers = {
	regex: folder(['data', 'state', 'components', 'platform', 'i18n', 'content', 'service-worker', 'routes']),
	message:
		'The domain imports only the domain (and small libraries): content, storage, state, UI and platform sit above it.'
};
const openDatabase = {
	regex: folder(['data/database']),
	importNames: ['studyDatabase'],
	message:
		'Components do not open the database: use useStudyDatabase() from $lib/state/study-database, or a state class.'
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Type-aware rules: a promise nobody awaits loses its error; a switch over a union must name every case.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts'],
		// The service worker is type-checked on its own (tsconfig leaves it out for its WebWorker types).
		ignores: ['src/service-worker.ts', 'src/service-worker/**'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }
			]
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'src/**/*.js'],
		ignores: ['src/lib/data/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [dexie] }] }
	},
	{
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [dexie, openDatabase] }] }
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [svelteRuntime, dexie, app, upperLayers] }]
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			// Errors are never swallowed: a catch names its error and hands it to reportError (platform/report.ts)
			// after telling the learner, or rethrows it with a cause.
			'no-restricted-syntax': [
				'error',
				{
					selector: 'CatchClause[param=null]',
					message: 'Name the error and report it (reportError) or rethrow it with a cause.'
				}
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Every internal link is built by src/lib/i18n/paths.ts, which calls resolve() and adds the language;
			// the rule cannot see through a helper, so it is off rather than silenced link by link.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/bench/.tools/'
		]
	}
);
