import { defineCardsSuite } from './cards-suite';

// The same flows on a phone (the phone project's device).
defineCardsSuite();
