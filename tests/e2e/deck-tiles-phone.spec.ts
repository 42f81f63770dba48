import { defineDeckTilesSuite } from './deck-tiles-suite';

// The home page's deck tiles on a phone: tapped rather than clicked.
defineDeckTilesSuite();
