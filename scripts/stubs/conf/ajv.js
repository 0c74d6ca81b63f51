// Stands in for `ajv/dist/2020.js` inside conf (see unavailable.js): `new Ajv2020()` throws.
import { unavailable } from './unavailable.js';

export const Ajv2020 = unavailable('ajv');
