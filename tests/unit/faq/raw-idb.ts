/**
 * Raw IndexedDB, for the FAQ stores' tests: opens `name` at `version` with its own upgrade, to build
 * states our code would never write (an older schema, a damaged store, a newer version).
 */
export function openRawDb(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
