// Latin and Latin Extended cover Finnish, Swedish, English and the Sami languages.
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/messages.css';
import './styles/content.css';
import './styles/network.css';
import './styles/plans.css';
import './styles/sign-in.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { SessionState } from '@verkosto/domain';
import { StrictMode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import {
  isApiError,
  setCsrfFailedListener,
  setPasswordChangeRequiredListener,
  setUnauthenticatedListener,
} from './api/client';
import { fetchSession, sessionKey } from './api/session';
import { setupI18n } from './i18n';
import { router } from './routes/router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Every read of client data is logged: no refetching behind the user's back.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: 30_000,
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// A 401 anywhere means the session is over: forget the client data and let the guard send the user to sign-in.
function sessionEnded() {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionKey, (state: SessionState | undefined) =>
    state ? { ...state, user: null } : state,
  );
  void queryClient.invalidateQueries({ queryKey: sessionKey });
}
setUnauthenticatedListener(sessionEnded);

// A failed CSRF check: fetch a fresh token, and if nobody is signed in any more, end the session here too.
setCsrfFailedListener(() => {
  void queryClient
    .fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 })
    .then((state) => {
      if (!state.user) sessionEnded();
    })
    .catch(() => undefined);
});

// The password must be changed first: ask who is signed in, and the session guard opens the change page.
setPasswordChangeRequiredListener(() => {
  void queryClient.invalidateQueries({ queryKey: sessionKey });
});

const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

function App() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'sv' ? locales.sv : i18n.language === 'en' ? locales.en : locales.fi;
  return (
    <I18nProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  void queryClient.prefetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
  void setupI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
