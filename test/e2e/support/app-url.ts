/** Where `vite preview` serves the web build for the e2e suite; FIELDBOOK_E2E_PORT lets two checkouts run side by side. */
export const APP_PORT = Number(process.env.FIELDBOOK_E2E_PORT ?? 4173);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
