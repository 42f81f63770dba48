import { onMount } from 'svelte';
import { reportError } from '$lib/platform/report';
import { showArticleDate } from './page-article.svelte';

/** What a page read by the `?id=` of its address shows: loading, a problem, or the page read. */
export type PageByIdView<T> =
	| { kind: 'loading' }
	| { kind: 'no-id' }
	| { kind: 'missing' }
	| { kind: 'failed' }
	| { kind: 'shown'; page: T };

/**
 * The page of an item the build did not prerender (a deck or question of an article on this device), read in the
 * browser by the `?id=` of the address, again on Back and Forward; while it is shown the footer gives its
 * article's date. Call during a component's initialisation; `read` gives null or undefined for an id not on this device.
 */
export function pageById<T extends { articleDate?: string | undefined }>(
	read: (id: string) => Promise<T | null | undefined>,
	what: string
): { readonly view: PageByIdView<T> } {
	let view = $state.raw<PageByIdView<T>>({ kind: 'loading' });

	async function load() {
		// Read once a load (the address is read again on Back and Forward), never kept: nothing to make reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const id = new URLSearchParams(location.search).get('id')?.trim() ?? '';
		if (id === '') return void (view = { kind: 'no-id' });
		view = { kind: 'loading' };
		try {
			const page = await read(id);
			view = page ? { kind: 'shown', page } : { kind: 'missing' };
		} catch (error) {
			reportError(`Reading ${what} on this device`, error);
			view = { kind: 'failed' };
		}
	}
	$effect(() => {
		const date = view.kind === 'shown' ? view.page.articleDate : undefined;
		if (date) return showArticleDate(date);
	});
	onMount(() => {
		void load();
		const reload = () => void load();
		addEventListener('popstate', reload);
		return () => removeEventListener('popstate', reload);
	});
	return {
		get view() {
			return view;
		}
	};
}
