import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblem } from './api';
import { meQueryKey } from './session';

/**
 * Server state lives only here. When any call says the session is gone (401 unauthenticated), the
 * cached "me" becomes null, and the route guard sends the user to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const signedOut = (error: unknown) => {
    if (isProblem(error, 'unauthenticated')) client.setQueryData(meQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({ onError: signedOut }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(isProblem(error) && error.status > 0 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
