// Loading Ink without Node's HTTP client (see withoutFetch).
/**
 * Runs `load` with the global `fetch` hidden. Ink's layout engine (yoga, compiled to WebAssembly)
 * loads its inline binary through `fetch` of a data: URL whenever `fetch` exists, which makes
 * Node load its whole HTTP client (undici, 20 ms) on the way to the first frame; without it, the
 * same bytes are decoded directly. Nothing here uses the network, and `fetch` is back as it was
 * once the import is done.
 */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!original?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', {
    value: undefined,
    configurable: true,
    writable: true,
    enumerable: original.enumerable ?? false,
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', original);
  }
}
