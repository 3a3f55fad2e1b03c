import type { AdminPanel } from '../../admin/panel.js';
import type { WallService } from '../../wall/service.js';
import type { RequestArgs, RequestResult } from '../contract.js';
import { ApiFailure } from '../dispatch.js';
import type { HandlerContext } from './context.js';

/**
 * The wall display and its playlists. Showing and releasing are open to the kiosk's
 * presenter; changing or running playlists needs an admin session and is audited.
 */
function wallOf(ctx: HandlerContext): WallService {
  if (!ctx.wall) throw new ApiFailure('unavailable', 'The wall display is not available here.');
  return ctx.wall;
}

function adminOf(ctx: HandlerContext): AdminPanel {
  if (!ctx.admin) throw new ApiFailure('unavailable', 'The admin panel is not available here.');
  return ctx.admin;
}

export function wallShow({ view }: RequestArgs<'wall.show'>, ctx: HandlerContext): RequestResult<'wall.show'> {
  return wallOf(ctx).show(view);
}

export function wallRelease(_args: RequestArgs<'wall.release'>, ctx: HandlerContext): RequestResult<'wall.release'> {
  return wallOf(ctx).release();
}

export function wallState(_args: RequestArgs<'wall.state'>, ctx: HandlerContext): RequestResult<'wall.state'> {
  return wallOf(ctx).state();
}

export function playlistList(_args: RequestArgs<'playlist.list'>, ctx: HandlerContext): RequestResult<'playlist.list'> {
  return wallOf(ctx).playlists.list();
}

export function playlistSave({ token, ...playlist }: RequestArgs<'playlist.save'>, ctx: HandlerContext): Promise<RequestResult<'playlist.save'>> {
  const wall = wallOf(ctx);
  const detail = `${playlist.id === undefined ? 'new' : `#${playlist.id}`} "${playlist.name}", ${playlist.slides.length} slides`;
  return adminOf(ctx).auth.perform(token, 'playlist.save', detail, () => wall.save(playlist));
}

export function playlistAddSlide({ token, playlistId, newPlaylistName, view, durationSeconds }: RequestArgs<'playlist.addSlide'>, ctx: HandlerContext): Promise<RequestResult<'playlist.addSlide'>> {
  const wall = wallOf(ctx);
  const target = playlistId !== undefined ? { playlistId } : { newName: newPlaylistName ?? '' };
  const detail = `${playlistId !== undefined ? `#${playlistId}` : `new "${newPlaylistName}"`}: ${view.screen} "${view.title}", ${durationSeconds} s`;
  return adminOf(ctx).auth.perform(token, 'playlist.addSlide', detail, () => wall.addSlide(target, { view, durationSeconds }));
}

export function playlistDelete({ token, id }: RequestArgs<'playlist.delete'>, ctx: HandlerContext): Promise<RequestResult<'playlist.delete'>> {
  const wall = wallOf(ctx);
  return adminOf(ctx).auth.perform(token, 'playlist.delete', `#${id}`, () => {
    wall.delete(id);
    return { deleted: true as const, wall: wall.state() };
  });
}

export function playlistRun({ token, id }: RequestArgs<'playlist.run'>, ctx: HandlerContext): Promise<RequestResult<'playlist.run'>> {
  const wall = wallOf(ctx);
  return adminOf(ctx).auth.perform(token, 'playlist.run', `#${id}`, () => wall.run(id));
}

export function playlistStop({ token }: RequestArgs<'playlist.stop'>, ctx: HandlerContext): Promise<RequestResult<'playlist.stop'>> {
  const wall = wallOf(ctx);
  return adminOf(ctx).auth.perform(token, 'playlist.stop', '', () => wall.stop());
}
