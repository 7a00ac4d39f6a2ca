/**
 * Loads what a bar beyond the default networks needs (more-networks.ts) the first time a bar names
 * such a network. A server has it at once (`useMoreNetworks`): its page is written in one go.
 */
import { PATHS } from './icons.js';
import type { Network } from './networks.js';

type MoreNetworks = typeof import('./more-networks.js');

let more: MoreNetworks | undefined;
let loading: Promise<void> | undefined;

/** The file, once here. */
export const moreNetworks = () => more;

/** Puts the file's marks beside the default ones. */
export function useMoreNetworks(module: MoreNetworks): void {
  Object.assign(PATHS, module.MORE_PATHS);
  more = module;
}

/**
 * Loads the file when one of `networks` needs it. Resolves once it is here, or nothing when there
 * is nothing to wait for; rejects when it could not load (a later call tries again).
 */
export function loadMoreNetworks(networks: readonly Network[]): Promise<void> | undefined {
  if (more || networks.every((network) => network in PATHS)) return undefined;
  loading ??= import('./more-networks.js').then(useMoreNetworks, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
