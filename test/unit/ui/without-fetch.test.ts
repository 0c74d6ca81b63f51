import { describe, expect, it } from 'vitest';
import { withoutFetch } from '../../../src/ui/without-fetch.js';

describe('withoutFetch', () => {
  it('hides fetch while loading, then puts the very same one back', async () => {
    const before = globalThis.fetch;
    const seen = await withoutFetch(async () => typeof globalThis.fetch);
    expect(seen).toBe('undefined');
    expect(globalThis.fetch).toBe(before);
    expect(typeof globalThis.fetch).toBe('function');
  });

  it('puts it back when loading fails', async () => {
    const before = globalThis.fetch;
    await expect(withoutFetch(async () => Promise.reject(new Error('no module')))).rejects.toThrow('no module');
    expect(globalThis.fetch).toBe(before);
  });
});
