import { chromium } from '@playwright/test';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
await page.addInitScript(() => {
	window.__long = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
	}).observe({ type: 'longtask', buffered: true });
});
await page.goto('http://127.0.0.1:4315/stats/');
await page.getByTestId('today-cards').waitFor({ timeout: 60000 });
await page.waitForTimeout(4000);
console.log(
	await page.evaluate(() =>
		JSON.stringify({
			draws: performance
				.getEntriesByType('measure')
				.map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]),
			long: window.__long,
			marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])
		})
	)
);
await browser.close();
