import { defineStudyCardSuite } from './study-card-suite';

// The same checks on a phone (the phone project's device): thumb reach, a sheet instead of a side panel.
defineStudyCardSuite();
