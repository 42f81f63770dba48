import { defineCardsSuite } from './cards-suite';

defineCardsSuite();
