import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

type Props = {
  children: ReactNode;
  /** Given when its cache is seeded before the first render (start.tsx, prerender-entry.tsx). */
  client?: QueryClient;
  /** Called once the first render (or hydration) has committed; adds nothing to the tree. */
  onReady?: () => void;
};

export function Providers({ children, client, onReady }: Props) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => onReady?.(), [onReady]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
