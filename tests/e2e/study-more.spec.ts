import { defineStudyMoreSuite } from './study-more-suite';

// What comes after the daily limit, on a laptop (the phone runs the same in study-more-phone.spec.ts).
defineStudyMoreSuite();
