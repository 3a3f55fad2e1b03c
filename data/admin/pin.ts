import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * The admin PIN at rest: scrypt with a random 16-byte salt, stored as a self-describing
 * string (`scrypt$N$r$p$salt$hash`, base64url), so the cost can be raised later without
 * invalidating PINs already set. Hashing runs off the event loop (libuv's thread pool):
 * a login must not freeze the touchscreen.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** About 50–100 ms on a lounge PC: cheap for one login, expensive for an offline guesser. */
export const defaultScryptCost: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(pin.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPin(pin: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

const storedPattern = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{32,128})$/;

/** Constant-time comparison of the derived key; a malformed stored hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const match = storedPattern.exec(stored);
  if (!match) return false;
  const [, n, r, p, salt, hash] = match;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Refuse a cost that would stall the kiosk (or that scrypt itself rejects).
  if (cost.N < 2 || cost.N > 2 ** 20 || (cost.N & (cost.N - 1)) !== 0 || cost.r < 1 || cost.p < 1 || cost.p > 4) return false;
  const expected = Buffer.from(hash as string, 'base64url');
  const actual = await derive(pin, Buffer.from(salt as string, 'base64url'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function isTrivial(pin: string): boolean {
  if (/^(\d)\1+$/.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => (digit - (digits[index] as number) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** A PIN being set: 6 to 12 digits (a touchscreen keypad), not one a bystander guesses first. */
export const newPinSchema = z
  .string()
  .regex(/^\d{6,12}$/, 'a PIN is 6 to 12 digits')
  .refine((pin) => !isTrivial(pin), 'this PIN is too easy to guess (repeated or consecutive digits)');

/** A PIN being tried: any short string; its shape is never a hint. */
export const pinAttemptSchema = z.string().min(1, 'the PIN').max(64);
