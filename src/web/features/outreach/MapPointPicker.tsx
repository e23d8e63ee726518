import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickerMap } from './leaflet-map';

export interface MapPoint {
  lat: number;
  lng: number;
}

/**
 * An optional point on a map, next to the neighbourhood select (which is the accessible way to say
 * where). The map and Leaflet load only when asked for.
 */
export function MapPointPicker({ tiles, point, onChange }: { tiles: { url: string; attribution: string } | null; point: MapPoint | null; onChange: (point: MapPoint | null) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<PickerMap | null>(null);

  useEffect(() => {
    if (!open || !container.current) return;
    let cancelled = false;
    const element = container.current;
    void import('./leaflet-map').then(({ createPickerMap }) => {
      if (cancelled) return;
      map.current = createPickerMap(element, { tiles, label: t('outreach.map.label'), onPick: onChange, onTileError: () => setTilesFailed(true) });
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
    };
  }, [open, tiles, onChange, t]);

  useEffect(() => map.current?.setPoint(point), [point]);

  return (
    <Fieldset>
      <FieldsetLegend>{t('outreach.map.title')}</FieldsetLegend>
      <Paragraph>{t('outreach.map.intro')}</Paragraph>
      {open && <div ref={container} className="wijkwijs-outreach-map" />}
      {open && !tiles && <Paragraph>{t('outreach.map.tilesOff')}</Paragraph>}
      {tilesFailed && <Paragraph>{t('outreach.map.noTiles')}</Paragraph>}
      {point && <Paragraph aria-live="polite">{t('outreach.map.chosen', { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) })}</Paragraph>}
      <ButtonGroup>
        {!open && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
            {t('outreach.map.show')}
          </Button>
        )}
        {point && (
          <Button type="button" appearance="secondary-action-button" onClick={() => onChange(null)}>
            {t('outreach.map.clear')}
          </Button>
        )}
      </ButtonGroup>
    </Fieldset>
  );
}
