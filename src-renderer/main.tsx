import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BookSessionProvider } from './app/BookSessionProvider';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createQueryClient } from './app/query-client';
import { Toasts } from './app/Toasts';
import { PlatformProvider } from './platform';
import './styles/tokens.css';
import './styles/app.css';

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlatformProvider>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <BookSessionProvider>
            <App />
          </BookSessionProvider>
        </ErrorBoundary>
        <Toasts />
      </QueryClientProvider>
    </PlatformProvider>
  </StrictMode>,
);
