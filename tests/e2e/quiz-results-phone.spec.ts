import { defineQuizResultsSuite } from './quiz-results-suite';

// Quiz results on a phone: the page height is measured against the phone's own screen.
defineQuizResultsSuite();
