import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { currentAccessToken } from '../graphql/session';
import { parseDealsSearch } from '../routes/deals/deals-search';
import { LoginPage } from '../routes/login/login-page';

const rootRoute = createRootRoute({ component: Outlet });

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; invite?: string } => ({
    ...(typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
    ...(typeof search.invite === 'string' ? { invite: search.invite } : {}),
  }),
  component: LoginPage,
});

/** Every screen but the login needs a session; a silent refresh from the cookie restores it after a reload. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ location }) => {
    if (!(await currentAccessToken())) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  // The signed-in frame (menu, header) is not needed to show the login screen.
  component: lazyRouteComponent(() => import('./shell'), 'Shell'),
});

const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/deals', search: { view: 'review' } });
  },
});

export const dealsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/deals',
  validateSearch: parseDealsSearch,
  component: lazyRouteComponent(() => import('../routes/deals/deals-page'), 'DealsPage'),
});

export const newDealRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/deals/new',
  component: lazyRouteComponent(() => import('../routes/deal-new/new-deal-page'), 'NewDealPage'),
});

export const dealRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/deals/$dealId',
  component: lazyRouteComponent(() => import('../routes/deal-card/deal-card-page'), 'DealCardPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/tasks',
  component: lazyRouteComponent(() => import('../routes/tasks/my-tasks-page'), 'MyTasksPage'),
});

export const clientsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/clients',
  validateSearch: (search: Record<string, unknown>): { q?: string } => (typeof search.q === 'string' && search.q ? { q: search.q } : {}),
  component: lazyRouteComponent(() => import('../routes/clients/clients-page'), 'ClientsPage'),
});

export const clientRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/clients/$clientId',
  component: lazyRouteComponent(() => import('../routes/clients/client-card-page'), 'ClientCardPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/reports',
  component: lazyRouteComponent(() => import('../routes/reports/reports-page'), 'ReportsPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('../routes/settings/settings-page'), 'SettingsPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/notifications',
  component: lazyRouteComponent(() => import('../routes/notifications/notifications-page'), 'NotificationsPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('../routes/admin/admin-page'), 'AdminPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  authedRoute.addChildren([indexRoute, dealsRoute, newDealRoute, dealRoute, tasksRoute, clientsRoute, clientRoute, reportsRoute, settingsRoute, notificationsRoute, adminRoute]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
