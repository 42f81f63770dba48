import { test } from '@playwright/test';
import { readingAidsSuite } from './names-places-suite';

test.describe('names, timeline and map, on a laptop', readingAidsSuite);
