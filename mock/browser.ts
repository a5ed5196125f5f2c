/**
 * The built-in mock API in the browser, started by main.tsx only when no API is configured. It is
 * imported dynamically, so the production bundle loads it only in mock mode.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Only the API is mocked: the app's own files and config.json go to the network as usual.
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
