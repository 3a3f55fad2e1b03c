import { attractRoute, homeRoute, type Route } from '../../navigation/routes';

const regionCode = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * Where the app opens. A kiosk opens on the attract loop; staff checks, tests and the
 * benchmark may open `?start=home`, `?start=search` or `?start=compare&regions=35.10.09,35.10.25`.
 * Nothing else is read from the address, and anything unexpected means the attract loop.
 */
export function startRoute(search: string): Route {
  const params = new URLSearchParams(search);
  switch (params.get('start')) {
    case 'home':
      return homeRoute;
    case 'search':
      return { screen: 'search' };
    case 'compare': {
      const codes = (params.get('regions') ?? '').split(',').filter((code) => regionCode.test(code));
      return { screen: 'compare', regionCodes: [...new Set(codes)].slice(0, 4) };
    }
    default:
      return attractRoute;
  }
}
