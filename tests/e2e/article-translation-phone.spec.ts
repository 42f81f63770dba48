import { test } from '@playwright/test';
import { articleTranslationSuite } from './article-translation-suite';

test.describe('the article in English, on a phone', articleTranslationSuite);
