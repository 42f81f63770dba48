// The statistics page, once the app has one (issue 15 adds its figures here): a placeholder that says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { row } from '../lib/stats.mjs';

export default {
	title: 'Statistics page',
	async run(env) {
		if (!existsSync(join(env.buildDir, 'stats', 'index.html')))
			return [row('statistics page', 'not in this build')];
		return [row('statistics page', 'present; no measure written yet')];
	}
};
