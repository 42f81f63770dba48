// The layer rules in eslint.config.js, run on deliberate breaches: each must fail lint, whether the import names
// the layer by `$lib/` or climbs out of a folder with `../`. Linted as text under real paths, so the per-folder
// blocks of the config apply exactly as they do to the source.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Type-aware linting starts a TypeScript program: the first file takes seconds alone, and over a minute when the
// full suite loads the machine. That start is paid once, in beforeAll with its own generous timeout, so that no
// case times out for a cost that is not its own.
describe('layer rules', { timeout: 60_000 }, () => {
	const domainFile = 'src/lib/domain/stats/hours.ts';

	beforeAll(async () => {
		await restrictedImports(domainFile, 'export const x = 1;\n');
	}, 300_000);

	it.each([
		"import { cardsTable } from '../../data/cards';",
		"import { reportError } from '../../platform/report';",
		"import { thing } from '../../state/study-counts.svelte';",
		"import { thing } from '../../i18n/messages';",
		"import { thing } from '$lib/data/cards';",
		"import { thing } from '$lib/components/CountsLine.svelte';",
		"import Dexie from 'dexie';",
		"import { onMount } from 'svelte';",
		"import { page } from '$app/state';"
	])('the domain may not say %s', async (line) => {
		expect(await restrictedImports(domainFile, `${line}\nexport const x = 1;\n`)).toHaveLength(1);
	});

	it('the domain may import the domain, relatively or by $lib', async () => {
		const code =
			"import { dayMs } from '../scheduling/clock';\nimport type { Language } from '$lib/domain/language';\nexport const x = [dayMs] as const;\nexport type L = Language;\n";
		expect(await restrictedImports(domainFile, code)).toEqual([]);
	});

	it.each(["'$lib/data/database'", "'../data/database'", "'../../lib/data/database'"])(
		'a component may not open the database from %s',
		async (source) => {
			const code = `<script lang="ts">\n\timport { studyDatabase } from ${source};\n\tvoid studyDatabase;\n</script>\n`;
			expect(await restrictedImports('src/lib/components/CountsLine.svelte', code)).toHaveLength(1);
		}
	);

	it('only src/lib/data/ imports Dexie', async () => {
		const code = "import Dexie from 'dexie';\nexport const d = Dexie;\n";
		expect(await restrictedImports('src/lib/state/study-counts.svelte.ts', code)).toHaveLength(1);
		expect(await restrictedImports('src/lib/data/cards.ts', code)).toEqual([]);
	});
});
