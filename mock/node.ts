/** The mock API for Vitest: the same handlers, in Node. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const mockServer = setupServer(...handlers);
