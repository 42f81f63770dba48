import { defineWordCardsSuite } from './word-cards-suite';

// The learner's word cards on a laptop (the phone project runs the same flows: word-cards-phone.spec.ts).
defineWordCardsSuite();
