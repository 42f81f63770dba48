import { test } from '@playwright/test';
import { readingAidsSuite } from './reading-aids-suite';

test.describe('names, timeline and map, on a phone', readingAidsSuite);
