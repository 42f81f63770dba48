import { test } from '@playwright/test';
import { readingAidsSuite, wordLookUpSuite } from './reading-aids-suite';

test.describe('reading aids in the reader, on a phone', readingAidsSuite);
test.describe('word look-up in the reader, on a phone', wordLookUpSuite);
