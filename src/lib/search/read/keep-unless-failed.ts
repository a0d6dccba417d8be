/** Caches a download; one that fails (a dropped connection) is forgotten, so the next query tries again. */
export function keepUnlessFailed<K, V>(cache: Map<K, Promise<V>>, key: K, promise: Promise<V>): void {
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
}
