// Component tests (jsdom): Testing Library's find* and waitFor give up after 1 s by default. On a loaded 2-core
// machine a fake-indexeddb write behind a click took longer (the word-card button tests failed twice under a load
// average of 10), so they wait up to 10 s; a test that passes still ends as soon as the expectation holds.
import { configure } from '@testing-library/svelte';

configure({ asyncUtilTimeout: 10_000 });
