import { test } from '@playwright/test';
import { articleTranslationAxe, articleTranslationSuite } from './article-translation-suite';

test.describe('the article in English, on a laptop', articleTranslationSuite);
test.describe('the article in English: accessibility', articleTranslationAxe);
