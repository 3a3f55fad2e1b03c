import { z } from 'zod';
import { maxCompareIndicators, maxCompareRegions } from '../store/queries/limits.js';

/**
 * What may be shown on the wall display: one of the renderer's routes
 * (renderer/navigation/routes.ts) with the parameters that route takes, plus a title.
 * A view is checked here, where it enters the app (wall.show, playlist.save), so the
 * wall never receives a screen it cannot draw. The id patterns repeat the contract's
 * (data/api/contract.ts imports this module, so it cannot import from there);
 * test/data/wall/views.test.ts keeps them in step.
 */
export const wallScreens = ['attract', 'home', 'map', 'region', 'theme', 'indicator', 'compare', 'search'] as const;
export type WallScreen = (typeof wallScreens)[number];

const regionCode = z.string().max(20).regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'a Kemendagri region code such as 35.10.16');
const slugId = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_]*$/, 'an id such as population_total');
const period = z.string().max(10).regex(/^\d{4}(-(\d{2}|Q[1-4]))?$/, 'a period such as 2024, 2024-03 or 2025-Q1');
const title = z.string().trim().min(1, 'a title to show above the view').max(200);
const noParams = z.strictObject({}).default({});

export const wallViewInputSchema = z.discriminatedUnion(
  'screen',
  [
    z.strictObject({ screen: z.literal('attract'), params: noParams, title }),
    z.strictObject({ screen: z.literal('home'), params: noParams, title }),
    z.strictObject({
      screen: z.literal('map'),
      params: z
        .strictObject({ indicatorId: slugId.optional(), level: z.enum(['kecamatan', 'desa']).optional(), period: period.optional(), within: regionCode.optional() })
        .default({}),
      title,
    }),
    z.strictObject({ screen: z.literal('region'), params: z.strictObject({ code: regionCode }), title }),
    z.strictObject({ screen: z.literal('theme'), params: z.strictObject({ themeId: slugId }), title }),
    z.strictObject({
      screen: z.literal('indicator'),
      params: z.strictObject({ indicatorId: slugId, parentCode: regionCode.optional(), period: period.optional() }),
      title,
    }),
    z.strictObject({
      screen: z.literal('compare'),
      params: z.strictObject({
        regionCodes: z.array(regionCode).min(1).max(maxCompareRegions),
        indicatorIds: z.array(slugId).min(1).max(maxCompareIndicators).optional(),
      }),
      title,
    }),
    z.strictObject({ screen: z.literal('search'), params: z.strictObject({ text: z.string().max(100).optional() }).default({}), title }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? `screen must be one of ${wallScreens.join(', ')}` : undefined) },
);

/** A view as a presenter or a playlist slide states it (before the app stamps it). */
export type WallViewInput = z.output<typeof wallViewInputSchema>;

export const minSlideSeconds = 5;
export const maxSlideSeconds = 600;
export const maxSlides = 50;

export const playlistName = z.string().trim().min(1, 'a name').max(80);

export const slideSchema = z.strictObject({
  view: wallViewInputSchema,
  durationSeconds: z.number().int().min(minSlideSeconds).max(maxSlideSeconds),
});

export const slidesSchema = z.array(slideSchema).min(1, 'at least one slide').max(maxSlides);

export type Slide = z.output<typeof slideSchema>;
