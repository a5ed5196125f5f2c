import { Navigate, useLocation } from 'react-router';

/** `/` opens the city economy page, keeping the link's filters. */
export function RedirectToEconomy() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/economy', search }} replace />;
}
