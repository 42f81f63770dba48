// Build time, and output size in all and per question: what each question adds to what a host stores and a
// service worker that caches "the whole build" downloads.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kib, mb, row } from '../lib/stats.mjs';

const textFile = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

function outputFiles(buildDir) {
	const files = [];
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(path);
		}
	};
	walk(buildDir);
	return files.map((path) => {
		const body = readFileSync(path);
		return {
			path: relative(buildDir, path),
			bytes: body.length,
			gzBytes: textFile.has(extname(path)) ? gzipSync(body).length : body.length
		};
	});
}

export default {
	title: 'Build and output size',
	async run(env) {
		const files = outputFiles(env.buildDir);
		const questionCount = env.realCatalog.decks.reduce((total, deck) => total + deck.questions.length, 0);
		const sum = (list, field) => list.reduce((total, file) => total + file[field], 0);
		const perQuestionPages = files.filter((file) => /^(en\/)?questions\//.test(file.path));
		const rows = [
			row(
				'vite build (wall clock, this machine)',
				env.buildMs === undefined
					? 'not built by this run (--no-build)'
					: `${(env.buildMs / 1000).toFixed(1)} s for ${questionCount} questions (${(env.buildMs / questionCount).toFixed(0)} ms per question)`
			),
			row('output', `${files.length} files, ${mb(sum(files, 'bytes'))} raw, ${mb(sum(files, 'gzBytes'))} gz`),
			row('output per question (all output ÷ questions)', `${kib(sum(files, 'gzBytes') / questionCount)} gz`),
			row(
				'question pages (2 languages, HTML + data) per question',
				`${kib(sum(perQuestionPages, 'gzBytes') / questionCount)} gz, ${(perQuestionPages.length / questionCount).toFixed(1)} files`
			)
		];
		return rows;
	}
};
