// Stands in for `ajv-formats` inside conf (see unavailable.js); conf calls `module.default(ajv)`.
import { unavailable } from './unavailable.js';

const formats = unavailable('ajv-formats');
formats.default = formats;
export default formats;
