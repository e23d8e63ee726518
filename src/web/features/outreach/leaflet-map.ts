import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

export interface PickerMap {
  setPoint(point: { lat: number; lng: number } | null): void;
  remove(): void;
}

const NETHERLANDS: L.LatLngExpression = [52.2, 5.3];

/**
 * A Leaflet map in `container` with the configured tiles; a click picks a point. Loaded only when
 * the user opens the map. Without tiles (MAP_TILE_URL=off) no tile layer is added; tiles that fail
 * to load (offline, blocked) leave a blank map that still picks points, and `onTileError` lets the
 * screen say so.
 */
export function createPickerMap(container: HTMLElement, options: { tiles: { url: string; attribution: string } | null; label: string; onPick: (p: { lat: number; lng: number }) => void; onTileError: () => void }): PickerMap {
  const map = L.map(container, { center: NETHERLANDS, zoom: 8, attributionControl: true });
  container.setAttribute('aria-label', options.label);
  container.setAttribute('role', 'application');
  if (options.tiles) L.tileLayer(options.tiles.url, { maxZoom: 19, attribution: options.tiles.attribution }).on('tileerror', options.onTileError).addTo(map);
  let marker: L.CircleMarker | null = null;
  const setPoint = (point: { lat: number; lng: number } | null) => {
    marker?.remove();
    marker = point ? L.circleMarker([point.lat, point.lng], { radius: 8 }).addTo(map) : null;
  };
  map.on('click', (event: L.LeafletMouseEvent) => options.onPick({ lat: event.latlng.lat, lng: event.latlng.lng }));
  return { setPoint, remove: () => map.remove() };
}
