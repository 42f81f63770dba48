import {
	applyDisplayPreference,
	readDisplayPreference,
	type RubyMode,
	type TextSize,
	type Theme
} from '$lib/platform/display';

/**
 * The theme, text size and ruby, shared by every control that shows them (the settings page and the phone menu, which
 * may be open at once). Read from storage when first imported (prerendering reads the defaults).
 */
class DisplayPreferences {
	#theme = $state<Theme>(readDisplayPreference('theme'));
	#textSize = $state<TextSize>(readDisplayPreference('text-size'));
	#ruby = $state<RubyMode>(readDisplayPreference('ruby'));

	/** Zhuyin, pinyin or nothing above the reader's Chinese. */
	get ruby(): RubyMode {
		return this.#ruby;
	}
	set ruby(value: RubyMode) {
		this.#ruby = value;
		applyDisplayPreference('ruby', value);
	}

	get theme(): Theme {
		return this.#theme;
	}
	set theme(value: Theme) {
		this.#theme = value;
		applyDisplayPreference('theme', value);
	}

	get textSize(): TextSize {
		return this.#textSize;
	}
	set textSize(value: TextSize) {
		this.#textSize = value;
		applyDisplayPreference('text-size', value);
	}
}

export const displayPreferences = new DisplayPreferences();
