import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ServiceSummary } from '../../../contracts/directory';
import { usePublicTenant } from '../../app/session';

const CENTRE: L.LatLngTuple = [52.1, 5.12];

/** A cluster's bubble says how many services it holds, also to screen readers ("12 plekken"). */
function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  const html = `<div><span aria-hidden="true">${count}</span><span class="directory__visually-hidden">${label}</span></div>`;
  return L.divIcon({ html, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
}

/**
 * The results on a map with clustered markers: a second view next to the list, which has the same
 * results and stays the accessible one. Tiles come from the tenant's MAP_TILE_URL; without tiles
 * (setting off, offline) the markers still show on a blank map.
 */
export default function ServiceMap({ items, detailPath }: { items: ServiceSummary[]; detailPath: (id: string) => string }) {
  const { t } = useTranslation();
  const tiles = usePublicTenant().data?.map ?? null;
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const cluster = useRef<L.MarkerClusterGroup | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const created = L.map(element.current, { center: CENTRE, zoom: 12, minZoom: 6, maxZoom: 19, scrollWheelZoom: false, zoomControl: false });
    created.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: t('directoryMap.zoomIn'), zoomOutTitle: t('directoryMap.zoomOut') }).addTo(created);
    cluster.current = L.markerClusterGroup({ iconCreateFunction: (group) => clusterIcon(group.getChildCount(), t('directoryMap.cluster', { count: group.getChildCount() })) }).addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
    // The map is made once; the language of its buttons follows the page it was opened on.
  }, []);

  useEffect(() => {
    if (!map.current || !tiles) return;
    const layer = L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map.current);
    return () => void layer.remove();
  }, [tiles]);

  useEffect(() => {
    const group = cluster.current;
    if (!group || !map.current) return;
    group.clearLayers();
    const placed = items.filter((item) => item.point);
    for (const item of placed) {
      const point = item.point;
      if (!point) continue;
      const marker = L.marker([point.latitude, point.longitude], { title: item.name, alt: item.name, icon: L.divIcon({ className: 'directory-map__marker', iconSize: [18, 18] }) });
      marker.on('click', () => void navigate(detailPath(item.id)));
      group.addLayer(marker);
    }
    if (placed.length > 0) map.current.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 15 });
  }, [items, detailPath, navigate]);

  const placedCount = items.filter((item) => item.point).length;
  return (
    <div className="directory-map">
      <Paragraph>{t('directoryMap.intro', { count: placedCount })}</Paragraph>
      <div ref={element} className="directory-map__canvas" role="region" aria-label={t('directoryMap.label')} />
    </div>
  );
}
