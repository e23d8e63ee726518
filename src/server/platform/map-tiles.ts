import type { MapTiles } from '../../contracts/common';

/** The map tiles every map uses (directory, outreach), or null when MAP_TILE_URL=off: maps then show no tile layer. */
export function mapTiles(config: { MAP_TILE_URL: string; MAP_TILE_ATTRIBUTION: string }): MapTiles | null {
  return config.MAP_TILE_URL === 'off' ? null : { tileUrl: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION };
}
