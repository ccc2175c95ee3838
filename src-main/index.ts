import { startFieldbook } from './main-app';

/** Electron main entry: lifecycle only (STYLE rule 2); everything else lives in tested modules. */
startFieldbook({ mainDir: import.meta.dirname });
