import type { ServerResponse } from 'node:http';

/**
 * sirv pipes a file stream into the response without an error listener. A file that
 * vanishes or cannot be opened between sirv's lookup and the open (a renderer being
 * replaced, an old publication version being pruned) would be an uncaught error that
 * stops the whole server. Call before handing the response to sirv: the answer then
 * breaks off and the server goes on.
 */
export function breakOffOnFileError(response: ServerResponse): void {
  response.once('pipe', (source: NodeJS.ReadableStream) => source.once('error', () => response.destroy()));
}
