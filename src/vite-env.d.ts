/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "false" leaves the built-in mock API out of the build. */
  readonly VITE_EMBED_MOCK?: string;
}
