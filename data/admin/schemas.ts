import path from 'node:path';
import { z } from 'zod';
import { maxSlideSeconds, minSlideSeconds, playlistName, slidesSchema, wallViewInputSchema } from '../wall/views.js';
import { newPinSchema, pinAttemptSchema } from './pin.js';

/**
 * Argument schemas of the wall, playlist and admin requests, merged into the contract's
 * requestSchemas (data/api/contract.ts). Every admin request but admin.info, admin.setup
 * and admin.login carries the session token.
 */
const noArgs = z.strictObject({});

/** The settings the admin panel may change; the rest of config.json (web, LAN token) is edited by hand. */
export const editableKeys = ['dataServiceUrl', 'publicKey', 'refreshIntervalMinutes', 'idleTimeoutSeconds', 'defaultLanguage', 'wallDisplay'] as const;

/** Keys are checked here; values by the config schema when saving (data/admin/config-file.ts), so the message names the field. */
export const configEditSchema = z
  .strictObject(Object.fromEntries(editableKeys.map((key) => [key, z.unknown().optional()])) as Record<(typeof editableKeys)[number], z.ZodOptional<z.ZodUnknown>>)
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), 'name at least one setting to change');

export type ConfigEdit = Partial<Record<(typeof editableKeys)[number], unknown>>;
export const adminToken = z.string().regex(/^[0-9a-f]{64}$/, 'an admin session token (from admin.login)');
const playlistId = z.number().int().positive().max(2 ** 31);

/** A folder on a USB stick or a share: absolute, no NUL, not absurdly long. That it exists is checked when it is used. */
export const folderPath = z
  .string()
  .min(1, 'the folder of a publication')
  .max(1024)
  .refine((value) => !value.includes('\0'), 'must not contain a NUL character')
  .refine((value) => path.isAbsolute(value) || path.win32.isAbsolute(value), 'must be an absolute path, such as /media/usb/anjungan or E:\\anjungan');

export const wallRequestSchemas = {
  'wall.show': z.strictObject({ view: wallViewInputSchema }),
  'wall.release': noArgs,
  'wall.state': noArgs,
  'playlist.list': noArgs,
  'playlist.save': z.strictObject({ token: adminToken, id: playlistId.optional(), name: playlistName, slides: slidesSchema }),
  /** One slide saved from a kiosk screen: into a playlist by id, or into a new one by name (exactly one of the two). */
  'playlist.addSlide': z
    .strictObject({
      token: adminToken,
      playlistId: playlistId.optional(),
      newPlaylistName: playlistName.optional(),
      view: wallViewInputSchema,
      durationSeconds: z.number().int().min(minSlideSeconds).max(maxSlideSeconds),
    })
    .refine((args) => (args.playlistId === undefined) !== (args.newPlaylistName === undefined), {
      message: 'name either an existing playlist (playlistId) or a new one (newPlaylistName), not both',
      path: ['playlistId'],
    }),
  'playlist.delete': z.strictObject({ token: adminToken, id: playlistId }),
  'playlist.run': z.strictObject({ token: adminToken, id: playlistId }),
  'playlist.stop': z.strictObject({ token: adminToken }),
} as const;

export const adminRequestSchemas = {
  'admin.info': noArgs,
  'admin.setup': z.strictObject({ setupCode: z.string().trim().regex(/^\d{10}$/, 'the 10-digit code from admin-setup-code.txt'), pin: newPinSchema }),
  'admin.login': z.strictObject({ pin: pinAttemptSchema }),
  'admin.logout': z.strictObject({ token: adminToken }),
  'admin.status': z.strictObject({ token: adminToken, logLines: z.number().int().min(0).max(500).optional(), auditLines: z.number().int().min(0).max(500).optional() }),
  'admin.refreshNow': z.strictObject({ token: adminToken }),
  'admin.rollback': z.strictObject({ token: adminToken, fromVersion: z.number().int().positive().max(2 ** 40).optional() }),
  'admin.importFolder': z.strictObject({ token: adminToken, path: folderPath }),
  'admin.config.get': z.strictObject({ token: adminToken }),
  'admin.config.save': z.strictObject({ token: adminToken, config: configEditSchema }),
  'admin.exitKiosk': z.strictObject({ token: adminToken, relaunch: z.boolean().optional() }),
  'admin.changePin': z.strictObject({ token: adminToken, currentPin: pinAttemptSchema, newPin: newPinSchema }),
} as const;

/** Requests whose every call, valid or not, goes to the audit log. */
export const auditedRequestNames: ReadonlySet<string> = new Set([
  ...Object.keys(adminRequestSchemas).filter((name) => name !== 'admin.info'),
  'playlist.save',
  'playlist.addSlide',
  'playlist.delete',
  'playlist.run',
  'playlist.stop',
]);
