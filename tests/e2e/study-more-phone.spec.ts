import { defineStudyMoreSuite } from './study-more-suite';

// What comes after the daily limit, on a phone.
defineStudyMoreSuite();
