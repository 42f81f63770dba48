import { defineDeckTilesSuite } from './deck-tiles-suite';

// The home page's deck tiles on a laptop (the phone runs the same in deck-tiles-phone.spec.ts).
defineDeckTilesSuite();
