import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BookSessionProvider } from './app/BookSessionProvider';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createQueryClient } from './app/query-client';
import { Toasts } from './app/Toasts';
import { PlatformProvider } from './platform';
import { TeamSessionProvider } from './session/TeamSessionProvider';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/book.css';
import './styles/account.css';
import './styles/welcome.css';

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlatformProvider>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <BookSessionProvider>
            <TeamSessionProvider>
              <App />
            </TeamSessionProvider>
          </BookSessionProvider>
        </ErrorBoundary>
        <Toasts />
      </QueryClientProvider>
    </PlatformProvider>
  </StrictMode>,
);
