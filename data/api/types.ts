/**
 * Result and event payload types of the contract. Plain types only: the renderer
 * imports them (types only), the data layer produces them. One file per concern under
 * types/, named here so every importer has one place to ask.
 */
export type * from './types/common.js';
export type * from './types/refresh.js';
export type * from './types/kiosk.js';
export type * from './types/screens.js';
