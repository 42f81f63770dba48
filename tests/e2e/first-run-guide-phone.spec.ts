import { defineFirstRunGuideSuite } from './first-run-guide-suite';

// The first-run guide on a phone.
defineFirstRunGuideSuite();
