// Charts are drawn one per task, each after the browser has had a chance to paint and handle input, so a page
// of a dozen charts never holds the main thread for long (no task over 50 ms is the aim).
import { flushSync } from 'svelte';

const waiting: { name: string; draw: () => void }[] = [];
let running = false;

function next(): void {
	const item = waiting.shift();
	if (!item) {
		running = false;
		return;
	}
	const started = performance.now();
	// Drawn now, inside this task, so its cost is measured (User Timing, read by npm run bench).
	flushSync(item.draw);
	performance.measure(`sco:draw:${item.name}`, { start: started, end: performance.now() });
	// A new task after the next frame: the drawing just done gets painted before the next one starts.
	requestAnimationFrame(() => setTimeout(next, 0));
}

/** Calls `draw` in a task of its own, after the charts queued before it. */
export function whenIdle(name: string, draw: () => void): void {
	waiting.push({ name, draw });
	if (!running) {
		running = true;
		setTimeout(next, 0);
	}
}
