// The size check of `npm test` (after the build): every prerendered page against its route's first-load budget
// in tests/size/budgets.mjs. Prints each route's figures; exits with 1 and the reasons when any budget is broken.
import { existsSync } from 'node:fs';
import { budgets } from './budgets.mjs';
import { checkBudgets } from './route-sizes.mjs';

const buildDir = process.argv[2] ?? 'build';
if (!existsSync(`${buildDir}/index.html`)) {
	console.error(`No build in ${buildDir}/: run \`npm run build\` first.`);
	process.exit(1);
}
const { routes, failures } = checkBudgets(buildDir, budgets);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)}`.padStart(6);
console.log('First-load size per route (largest page; gzip KiB): critical JS / budget, HTML');
for (const { budget, pages, largestJs, largestHtml } of routes) {
	if (!largestJs) {
		console.log(`  ${budget.route.padEnd(28)} (no pages)`);
		continue;
	}
	const html = `${kib(largestHtml.htmlBytes)}${budget.htmlKiB === undefined ? '' : ` / ${budget.htmlKiB}`}`;
	console.log(
		`  ${budget.route.padEnd(28)} JS ${kib(largestJs.criticalJsBytes)} / ${String(budget.criticalJsKiB).padStart(3)}   HTML ${html}   (${pages} pages)`
	);
}
if (failures.length > 0) {
	console.error(`\n${failures.length} size budget${failures.length === 1 ? '' : 's'} broken:`);
	for (const failure of failures) console.error(`  - ${failure}`);
	process.exit(1);
}
console.log('Every page is within its route budget.');
