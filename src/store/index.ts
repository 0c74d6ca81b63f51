export { openStore, type Store, type OpenStoreOptions } from './store.js';
export type { SaveOptions } from './data.js';
