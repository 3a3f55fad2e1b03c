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
  { label: 'null args', name: 'region.get', args: null, code: 'invalid_arguments', says: 'code' },
];
