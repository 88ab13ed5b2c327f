// Vendor styles first, so component styles imported by the app can refine them.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@ministryofjustice/frontend/moj/moj-frontend.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient, forgetDrafts } from '@mace/web-data-access';
import { appRoutes } from './app/app.routes';

const router = createBrowserRouter(appRoutes);

const client = createApolloClient({
  // Leave the signed-in pages before forgetting the user, so nothing re-asks the API on the way out.
  onSessionEnded: () => {
    forgetDrafts();
    void router.navigate('/session-ended', { replace: true }).then(() => client.clearStore());
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
