import { useLocation, useNavigation, useSearchParams } from 'react-router';

/**
 * The search of the URL the page is going to, while a navigation within the page is pending, else
 * the current one. Navigations wait for route loaders; reading the pending URL keeps a checkbox or a
 * select showing what was just chosen instead of snapping back until the navigation lands.
 */
export function useEffectiveSearch(): URLSearchParams {
  const [search] = useSearchParams();
  const location = useLocation();
  const pending = useNavigation().location;
  if (pending && pending.pathname === location.pathname) return new URLSearchParams(pending.search);
  return search;
}
