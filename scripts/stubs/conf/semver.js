// Stands in for `semver` inside conf (see unavailable.js): every function is used by migrations only.
import { unavailable } from './unavailable.js';

export default new Proxy({}, { get: (_target, name) => unavailable(`semver.${String(name)}`) });
