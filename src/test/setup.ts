import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer } from '../../mock/node';
import { i18n } from '../lib/i18n';

// jsdom has <dialog> without its methods: open and close it as a browser would, without the modality.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

// A loaded CI machine can take more than the default second to render a page against the mock.
configure({ asyncUtilTimeout: 5000 });

/** Requests no handler answered during the current test; any of them fails it. */
const unhandled: string[] = [];

beforeAll(() => {
  mockServer.listen({
    onUnhandledFrame: async ({ frame, defaults }) => {
      unhandled.push(await frame.getUnhandledMessage());
      defaults.error();
    },
  });
});

afterEach(async () => {
  cleanup();
  mockServer.resetHandlers();
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
  if (unhandled.length > 0) {
    const messages = unhandled.splice(0);
    throw new Error(`Unhandled requests during the test:\n${messages.join('\n')}`);
  }
});

afterAll(() => mockServer.close());
