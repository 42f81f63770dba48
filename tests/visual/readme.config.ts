import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run screenshots`: every screen the README shows, at a phone's and a laptop's size, in both languages and
// both colour schemes, written to tests/visual/out/ (not committed) for a person to look at; the README's own
// pictures (tests/visual/readme/) are rewritten from the same run. Nothing is asserted beyond the screens
// appearing: the e2e suite is where behaviour is tested.
export default defineConfig({
	...base,
	testDir: '.',
	testMatch: /readme-screens\.ts$/,
	projects: [{ name: 'screens' }],
	workers: 1
});
