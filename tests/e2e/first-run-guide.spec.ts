import { defineFirstRunGuideSuite } from './first-run-guide-suite';

// The first-run guide on a laptop (the phone runs the same in first-run-guide-phone.spec.ts).
defineFirstRunGuideSuite();
