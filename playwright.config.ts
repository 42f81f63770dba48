import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (these machines cannot download Playwright's own); elsewhere Playwright's.
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// E2E_PORT lets several checkouts run their suites side by side without sharing a preview server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The first-run guide is a modal dialog on the home page: marked as seen, so it does not stand in the way of
		// every other test (first-run-guide.spec.ts starts without it).
		storageState: {
			cookies: [],
			origins: [
				{
					origin: `http://127.0.0.1:${port}`,
					localStorage: [{ name: 'sco-study.first-run-guide', value: 'seen' }]
				}
			]
		},
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /phone\.spec\.ts/ },
		// The phone runs its own flows, and the storage-health and CSP checks: a phone's browser is where storage is
		// most often refused, and the policy must hold on its layout too.
		{
			name: 'phone',
			use: { ...devices['Pixel 7'] },
			testMatch: /(phone|storage-health|csp)\.spec\.ts/
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
