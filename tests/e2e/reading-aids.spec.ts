import { test } from '@playwright/test';
import { readingAidsSuite } from './reading-aids-suite';

test.describe('reading aids in the reader', readingAidsSuite);
