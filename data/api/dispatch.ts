import { type z } from 'zod';
import { requestSchemas, maxArgumentBytes, type RequestArgs, type RequestResult } from './contract.js';
import { isRequestName, type RequestName } from './names.js';
import type { ApiError, ApiResult } from './types.js';

/** A handler receives parsed arguments only; the dispatcher owns validation. */
export type Handler<N extends RequestName, Ctx> = (args: RequestArgs<N>, ctx: Ctx) => RequestResult<N> | Promise<RequestResult<N>>;
export type Handlers<Ctx> = { [N in RequestName]: Handler<N, Ctx> };

/** Thrown by handlers for failures a visitor or admin can act on; other errors become 'internal'. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    .join('; ');
}

function fail(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The single entry both transports call. It never throws: every failure, from an
 * unknown name to a handler crash, comes back as `{ok: false, error}`.
 */
export async function dispatch<Ctx>(
  handlers: Handlers<Ctx>,
  ctx: Ctx,
  name: unknown,
  rawArgs: unknown,
  log: (message: string) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isRequestName(name)) {
    const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 60)) : typeof name;
    return fail('unknown_request', `Unknown request ${shown}.`);
  }
  let size: number;
  try {
    size = JSON.stringify(rawArgs ?? {}).length;
  } catch {
    return fail('invalid_arguments', `Arguments of ${name} cannot be serialised.`);
  }
  if (size > maxArgumentBytes) {
    return fail('invalid_arguments', `Arguments of ${name} are too large (${size} bytes; at most ${maxArgumentBytes}).`);
  }
  const parsed = requestSchemas[name].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail('invalid_arguments', `Invalid arguments for ${name}: ${describeIssues(parsed.error)}.`);
  }
  try {
    const handler = handlers[name] as Handler<RequestName, Ctx>;
    const value = await handler(parsed.data as never, ctx);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message);
    log(`request ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail('internal', `The request ${name} could not be completed.`);
  }
}
