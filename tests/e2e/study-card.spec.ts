import { defineStudyCardSuite } from './study-card-suite';

defineStudyCardSuite();
