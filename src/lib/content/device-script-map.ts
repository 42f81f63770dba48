import OpenCC from 'opencc-js/t2cn';
import { foldingScriptMap, type ScriptMap } from '$lib/domain/script-map';

// OpenCC's Traditional→Simplified converter (about 52 KB gzipped), loaded only when an article on this device has
// answers whose characters no stored map covers yet (just added, or changed in the editor): the build makes the
// built-in content's map the same way (content/script-map.server.ts). Never precached; kept once used.

/** The folding map of these answer characters (see foldingScriptMap). */
export const deviceScriptMap = (characters: readonly string[]): ScriptMap =>
	foldingScriptMap(characters, OpenCC.Converter({ from: 'tw', to: 'cn' }));
