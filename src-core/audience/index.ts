/** Who may read what the app writes: the client, or only the CSM (DESIGN §9 "Audience"). */
export * from './said';
export * from './task-audience';
