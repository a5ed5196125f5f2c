import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Statistics change a few times a quarter; refetching on every focus would only make a
        // projected page flicker when the presenter switches windows.
        staleTime: 10 * 60 * 1000,
        refetchOnWindowFocus: false,
        // Retry once what may pass by itself; a malformed payload or a 4xx will not.
        retry: (failureCount, error) => failureCount < 1 && error instanceof ApiError && error.isTransient,
      },
    },
  });
}
