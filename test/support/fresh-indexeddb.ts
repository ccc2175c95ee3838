import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';

/**
 * setupFiles of the `idb` project, which runs before each of its test files in one shared module
 * graph (vitest.config.ts): every file gets an empty IndexedDB of its own, as it would with a fresh
 * graph, so books of the same name in two files never meet. Dexie reads its factory from
 * `Dexie.dependencies` when a database is made, not from the global, so both are replaced.
 */
const fresh = new IDBFactory();
Object.defineProperty(globalThis, 'indexedDB', { value: fresh, configurable: true, writable: true });
Dexie.dependencies.indexedDB = fresh;
