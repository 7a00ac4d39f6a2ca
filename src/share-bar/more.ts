/**
 * What a bar beyond the default networks needs (more-networks.ts), loaded the first time a bar
 * names such a network. A server has it at once (`useMoreNetworks`): its page is written in one go.
 */
import { onDemand } from '../internal/on-demand.js';
import { PATHS } from './icons.js';
import type { Network } from './networks.js';

type MoreNetworks = typeof import('./more-networks.js');

const file = onDemand('share networks', () => import('./more-networks.js'));
let more: MoreNetworks | undefined;

/** The file, once here. */
export const moreNetworks = () => more;

/** Puts the file's marks beside the default ones. */
export function useMoreNetworks(module: MoreNetworks): void {
  Object.assign(PATHS, module.MORE_PATHS);
  more = module;
}

/** Loads the file, once; rejects when it could not load (the next call tries again). */
export const loadMore = (): Promise<void> => (more ? Promise.resolve() : file.load().then(useMoreNetworks));

/** Loads the file when one of `networks` needs it; nothing to wait for otherwise. */
export const loadMoreNetworks = (networks: readonly Network[]): Promise<void> | undefined =>
  more || networks.every((network) => network in PATHS) ? undefined : loadMore();
