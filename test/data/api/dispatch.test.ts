import { describe, expect, it } from 'vitest';
import { ApiFailure, dispatch, type Handlers } from '../../../data/api/dispatch.js';
import { requestNames } from '../../../data/api/names.js';
import { badRequestCases } from './bad-arguments.js';

type Ctx = { calls: string[] };

// Handlers that record what reached them: validation must stop bad input before any handler runs.
const handlers = Object.fromEntries(
  requestNames.map((name) => [
    name,
    (args: unknown, ctx: Ctx) => {
      ctx.calls.push(name);
      if (name === 'region.get' && (args as { code: string }).code === '99.99') throw new ApiFailure('not_found', 'No region has the code 99.99.');
      if (name === 'region.get' && (args as { code: string }).code === '98.98') throw new Error('database is locked');
      return { echoed: args };
    },
  ]),
) as unknown as Handlers<Ctx>;

describe('dispatch', () => {
  it.each(badRequestCases)('refuses $label with a clear error and calls no handler', async ({ name, args, code, says }) => {
    const ctx: Ctx = { calls: [] };
    const result = await dispatch(handlers, ctx, name, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(says);
    expect(result.error.message.length).toBeLessThan(400);
    expect(ctx.calls).toEqual([]);
  });

  it('passes parsed arguments to the handler and wraps its value', async () => {
    const ctx: Ctx = { calls: [] };
    const result = await dispatch(handlers, ctx, 'region.get', { code: '35.10.16.1001' });
    expect(result).toEqual({ ok: true, value: { echoed: { code: '35.10.16.1001' } } });
    expect(ctx.calls).toEqual(['region.get']);
  });

  it('turns an ApiFailure into its own error code', async () => {
    const result = await dispatch(handlers, { calls: [] }, 'region.get', { code: '99.99' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No region has the code 99.99.' } });
  });

  it('hides an unexpected handler crash behind a plain message and logs it', async () => {
    const logged: string[] = [];
    const result = await dispatch(handlers, { calls: [] }, 'region.get', { code: '98.98' }, (line) => logged.push(line));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The request region.get could not be completed.' } });
    expect(logged.join('\n')).toContain('database is locked');
  });

  it('refuses arguments that cannot be serialised', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = await dispatch(handlers, { calls: [] }, 'region.get', cyclic);
    expect(result.ok).toBe(false);
  });
});
