import { defineQuizResultsSuite } from './quiz-results-suite';

// Quiz results on a laptop (the phone runs the same in quiz-results-phone.spec.ts).
defineQuizResultsSuite();
