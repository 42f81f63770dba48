import { defineWordCardsSuite } from './word-cards-suite';

// The same flows on a phone (the phone project's device).
defineWordCardsSuite();
