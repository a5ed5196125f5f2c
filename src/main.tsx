import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { FatalError } from './app/fatal-error';
import './app/styles.css';
import { configureApiClient } from './lib/api-client';
import { i18n } from './lib/i18n';
import { DEFAULT_LANGUAGE, isLanguage, rememberedLanguage } from './lib/language';
import { loadRuntimeConfig, RuntimeConfigError } from './lib/runtime-config';

const root = createRoot(document.getElementById('root')!);

/** The first paint is already in the link's language, not Chinese switching to English. */
function startLanguage() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const language = isLanguage(fromUrl) ? fromUrl : (rememberedLanguage() ?? DEFAULT_LANGUAGE);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

async function start() {
  startLanguage();
  try {
    const config = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`);
    if (config.apiBaseUrl === null) {
      // Builds made with VITE_EMBED_MOCK=false leave the mock out entirely.
      if (import.meta.env.VITE_EMBED_MOCK === 'false') {
        root.render(<FatalError message={i18n.t('fatal.mockMissing')} />);
        return;
      }
      try {
        const { startMockWorker } = await import('../mock/browser');
        await startMockWorker();
      } catch (error) {
        // Service workers need https or localhost; say so rather than blame the config.
        root.render(<FatalError message={i18n.t('fatal.mockFailed', { detail: String(error) })} />);
        return;
      }
      configureApiClient({ baseUrl: `${import.meta.env.BASE_URL}api/v1`, timeoutMs: config.requestTimeoutMs });
    } else {
      configureApiClient({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutMs });
    }
  } catch (error) {
    const detail = error instanceof RuntimeConfigError ? error.message : String(error);
    root.render(<FatalError message={i18n.t('fatal.config', { detail })} />);
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
