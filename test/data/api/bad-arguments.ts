/**
 * Hostile and broken requests every transport must answer with a clear error and
 * survive: unknown names, wrong types, missing fields, extra fields, huge strings.
 */
export interface BadRequestCase {
  label: string;
  name: unknown;
  args: unknown;
  code: 'unknown_request' | 'invalid_arguments';
  /** A phrase the error message must contain, so the message says what is wrong. */
  says: string;
}

export const badRequestCases: BadRequestCase[] = [
  { label: 'unknown request name', name: 'overview.delete', args: {}, code: 'unknown_request', says: 'Unknown request "overview.delete"' },
  { label: 'empty request name', name: '', args: {}, code: 'unknown_request', says: 'Unknown request' },
  { label: 'prototype key as name', name: '__proto__', args: {}, code: 'unknown_request', says: 'Unknown request' },
  { label: 'inherited method as name', name: 'toString', args: {}, code: 'unknown_request', says: 'Unknown request' },
  { label: 'path traversal as name', name: '../../etc/passwd', args: {}, code: 'unknown_request', says: 'Unknown request' },
  { label: 'huge request name', name: 'x'.repeat(100_000), args: {}, code: 'unknown_request', says: 'Unknown request' },
  { label: 'args of the wrong type (number)', name: 'region.get', args: 42, code: 'invalid_arguments', says: 'Invalid arguments for region.get' },
  { label: 'args of the wrong type (array)', name: 'region.get', args: ['35.10'], code: 'invalid_arguments', says: 'Invalid arguments for region.get' },
  { label: 'missing field', name: 'region.get', args: {}, code: 'invalid_arguments', says: 'code' },
  { label: 'field of the wrong type', name: 'region.get', args: { code: 3510 }, code: 'invalid_arguments', says: 'code' },
  { label: 'malformed region code', name: 'region.get', args: { code: "35.10'; DROP TABLE regions;--" }, code: 'invalid_arguments', says: 'Kemendagri region code' },
  { label: 'unexpected extra field', name: 'region.get', args: { code: '35.10', admin: true }, code: 'invalid_arguments', says: 'admin' },
  { label: 'args to a request that takes none', name: 'overview.get', args: { limit: 5 }, code: 'invalid_arguments', says: 'limit' },
  { label: 'huge string argument', name: 'region.get', args: { code: '3'.repeat(200_000) }, code: 'invalid_arguments', says: 'too large' },
  { label: 'too many regions to compare', name: 'region.compare', args: { regionCodes: ['35.10.01', '35.10.02', '35.10.03', '35.10.04', '35.10.05'], indicatorIds: ['population_total'] }, code: 'invalid_arguments', says: 'regionCodes' },
  { label: 'no indicator to compare', name: 'region.compare', args: { regionCodes: ['35.10.01'], indicatorIds: [] }, code: 'invalid_arguments', says: 'indicatorIds' },
  { label: 'too many series regions', name: 'indicator.series', args: { indicatorId: 'penduduk', regionCodes: Array.from({ length: 9 }, (_, i) => `35.10.0${i}`) }, code: 'invalid_arguments', says: 'regionCodes' },
  { label: 'an indicator id with SQL in it', name: 'indicator.ranking', args: { indicatorId: "x' OR 1=1 --", parentCode: '35.10' }, code: 'invalid_arguments', says: 'indicator id' },
  { label: 'a period in words', name: 'indicator.ranking', args: { indicatorId: 'penduduk', parentCode: '35.10', period: 'last year' }, code: 'invalid_arguments', says: 'period' },
  { label: 'a map level that is not drawn', name: 'map.values', args: { indicatorId: 'penduduk', level: 'provinsi' }, code: 'invalid_arguments', says: 'level' },
  { label: 'a search text over 100 characters', name: 'search', args: { text: 'a'.repeat(101) }, code: 'invalid_arguments', says: 'text' },
  { label: 'a search limit of zero', name: 'search', args: { text: 'genteng', limit: 0 }, code: 'invalid_arguments', says: 'limit' },
  { label: 'a search text that is not a string', name: 'search', args: { text: { $ne: '' } }, code: 'invalid_arguments', says: 'text' },
  { label: 'null args', name: 'region.get', args: null, code: 'invalid_arguments', says: 'code' },
];
