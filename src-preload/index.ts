import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

/** Sandboxed preload (built as CommonJS): exposes one object, `window.fieldbook`, and nothing else. */
contextBridge.exposeInMainWorld('fieldbook', createBridge(ipcRenderer));
