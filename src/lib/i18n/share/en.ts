import type { ShareMessages } from './types';

/** A title typed by a teacher, isolated from the text around it (the plain-text form of <bdi>). */
const isolated = (text: string) => `\u2068${text}\u2069`;

const en: ShareMessages = {
	linkHeading: 'Link for students',
	linkCopied: 'Link copied',
	copyFailed: 'Could not copy automatically; select the link and copy it.',
	shareHeading: 'Share this article',
	shareLead:
		'Students get the article, its questions and the quiz from one link, with no account and no server.',
	downloadPack: 'Download pack file',
	downloadPackHint:
		'One file with the article and all its questions: another teacher imports it on their device.',
	copyClassLink: 'Copy class link',
	classLinkLead: 'The link carries the whole article: students open it and take the quiz.',
	classLinkPreparing: 'Preparing the link…',
	classLinkFailed: 'The link could not be made in this browser. Share the pack file instead.',
	classLinkQrLabel: 'QR code of the class link with the article',
	classLinkTooLargeForQr: (characters) =>
		`This article is too large for a QR code (the link has ${characters} characters). Send students the link itself (by message or on your class page), or give them the pack file.`,
	deckFiles: 'Deck files for your own build',
	deckFilesHint:
		'For a school that hosts its own copy of this app: a zip with the article’s folder for the repository’s questions/ (its article.txt and one file per deck) and a note with the line to add to questions/articles.yaml. Then rebuild with:',
	deckFilesFailed: 'The deck files could not be made. Try again.',
	rebuildNote: (command, files, entry) =>
		[
			'Deck files of an article pack, as one article folder of this app’s repository (questions/<folder>/).',
			'',
			'1. Copy the folder questions/… of this zip into the repository’s questions/ folder',
			`   (${files.join(', ')}).`,
			'2. List it in questions/articles.yaml, under `articles:`, after the articles already there:',
			'',
			entry,
			'',
			'3. Rebuild the app:',
			'',
			`   ${command}`,
			'',
			'The build checks every file first and names each problem with its file and field; the site is in build/.',
			'The article’s questions are studied under ids that start with its folder’s name. See questions/README.md,',
			'"Adding an article" and "Writing a pack out as deck files".',
			''
		].join('\n'),
	articleChoiceLabel: 'Article',
	builtInArticle: 'The app’s article',
	packLinkTitle: 'The article in this link cannot be opened',
	packLinkProblem: (code) => {
		switch (code) {
			case 'link-not-base64':
			case 'link-not-deflate':
			case 'link-not-utf8':
			case 'link-empty':
				return 'This link is damaged or incomplete: part of it may have been cut off when it was copied. Ask your teacher for the link again, or for the article pack file.';
			case 'pack-version-newer':
				return 'This article was made with a newer version of the app. Reload this page to update the app, then open the link again.';
			case 'link-too-large':
			case 'link-inflated-too-large':
			case 'pack-too-large':
				return 'The article in this link is too large to open. Ask your teacher for the article pack file.';
			default:
				return 'The article in this link is damaged. Ask your teacher for the link again, or for the article pack file.';
		}
	},
	packLinkNothingChanged: 'Nothing was added to or changed on this device.',
	joinArticle: (title) => `Article: ${isolated(title)}`,
	packAdded: (title) =>
		`“${isolated(title)}” is now on this device: after the quiz you can read it and study its questions.`,
	packAddFailed:
		'The article could not be kept on this device (the quiz still works; your result code is not affected).',
	hubCarriesPack: (title) =>
		`The links carry the article “${isolated(title)}”: students’ devices get it from the link.`
};

export default en;
