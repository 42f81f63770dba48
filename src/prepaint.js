// Before the first paint (inline at the start of every page's head, its comment lines left out, and allowed by its
// hash in the Content Security Policy: src/build/prepaint.js, src/lib/server/page-head.ts): remember a language chosen with the switch (?language=…, so
// it also works when the link opens in a new tab), or send the learner to their chosen language's copy of this page.
// Before the first paint too: the display preferences chosen in settings or the menu (src/lib/platform/display.ts
// writes the same keys), as attributes on <html> that app.css follows.
(function () {
	try {
		var root = document.documentElement;
		var theme = localStorage.getItem('sco-study.theme');
		if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
		var size = localStorage.getItem('sco-study.text-size');
		if (size === 'small' || size === 'large' || size === 'larger') root.setAttribute('data-text-size', size);
		// The reader's Chinese / English / both choice (src/lib/platform/article-view.ts).
		var view = localStorage.getItem('sco-study.article-view');
		if (view === 'zh' || view === 'en' || view === 'both') root.setAttribute('data-article-view', view);
	} catch (error) {
		console.warn('The display preferences could not be read:', error);
	}
})();

(function () {
	try {
		var key = 'sco-study.language';
		var params = new URLSearchParams(location.search);
		var chosen = params.get('language');
		if (chosen === 'zh' || chosen === 'en') {
			localStorage.setItem(key, chosen);
			params.delete('language');
			var query = params.toString();
			history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
			return;
		}
		var wanted = localStorage.getItem(key);
		if (wanted !== 'zh' && wanted !== 'en') return;
		var baseMeta = document.querySelector('meta[name="app-base"]');
		var base = new URL(((baseMeta && baseMeta.getAttribute('content')) || '.') + '/', location.href).pathname;
		var rest = location.pathname.slice(base.length);
		var english = rest === 'en' || rest.indexOf('en/') === 0;
		if ((wanted === 'en') === english) return;
		var target = base + (wanted === 'en' ? 'en/' + rest : rest.replace(/^en\/?/, ''));
		document.documentElement.style.visibility = 'hidden';
		location.replace(target + location.search + location.hash);
	} catch (error) {
		// Storage unavailable: stay on this page.
		console.warn('The language preference could not be read:', error);
	}
})();
