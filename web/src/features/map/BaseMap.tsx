import gcoord from 'gcoord';
import 'leaflet/dist/leaflet.css';
import '../case/case-map.css';
import './maps.css';
import { type ReactNode, useEffect } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { MapSettingsForMapsQuery } from '../../gql/graphql';

// The frame the volunteer, care and leader maps share: the operator's tiles, and positions kept as
// the phone reported them (WGS-84), converted only for GCJ-02 tiles (高德, 腾讯).

export type MapSettings = MapSettingsForMapsQuery['mapSettings'];
export type LatLng = [number, number];

/** Where a stored WGS-84 position is drawn on these tiles. */
export function displayOf(settings: MapSettings): (lat: number, lng: number) => LatLng {
  return (lat, lng) => {
    if (settings.coordinates !== 'GCJ02') return [lat, lng];
    const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
    return [y, x];
  };
}

/** Brings every given point into view once they are known (a route, the tasks around someone). */
function FitTo({ points }: { points: LatLng[] }) {
  const map = useMap();
  const key = JSON.stringify(points);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the points' value, not the array's identity, decides.
  useEffect(() => {
    if (points.length > 1) map.fitBounds(points, { padding: [32, 32], maxZoom: 17 });
  }, [map, key]);
  return null;
}

export function BaseMap({
  settings,
  center,
  zoom,
  fit,
  testId,
  children,
}: {
  settings: MapSettings;
  center: LatLng;
  zoom?: number;
  fit?: LatLng[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <div data-testid={testId}>
      <MapContainer center={center} zoom={zoom ?? settings.zoom} style={{ height: '60vh', minHeight: 300, width: '100%' }}>
        <TileLayer url={settings.tileUrl} attribution={settings.attribution} subdomains={settings.subdomains} />
        {children}
        {fit && <FitTo points={fit} />}
      </MapContainer>
    </div>
  );
}
