import { useRef } from 'react';
import { Outlet } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { NavigationWithNotifications } from '@mace/web-actions';
import { MeDocument } from '@mace/web-data-access';
import { navigationItemsFor, toHeaderUser } from '@mace/web-shell';
import { Footer, Header, MainWrapper, PhaseBanner, SkipLink } from '@mace/web-ui';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate.hook';

export function AppLayout() {
  // Reads whatever RequireSession or sign-in put in the cache; never asks the API itself.
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(main);

  return (
    <>
      <SkipLink />
      <Header user={data ? toHeaderUser(data.me) : undefined}>
        {/* Only what the user's permissions allow, with the unread notifications count; nothing before sign-in. */}
        {data && <NavigationWithNotifications items={navigationItemsFor(data.me.permissions)} />}
        <PhaseBanner phase="Alpha">This is a new service. Tell your MACE coordinator if something does not work.</PhaseBanner>
      </Header>
      <MainWrapper ref={main}>
        <Outlet />
      </MainWrapper>
      <Footer>
        Information in this service is OFFICIAL-SENSITIVE. Share it only with people who need it to keep a child safe.
      </Footer>
    </>
  );
}
