import gcoord from 'gcoord';
import 'leaflet/dist/leaflet.css';
import { CircleMarker, MapContainer, Polyline, TileLayer, useMapEvents } from 'react-leaflet';
import type { StreetMapSettingsQuery } from '../../gql/graphql';

// A road section's line on the map. Points are kept as phones report them (WGS-84) and converted
// only for display on GCJ-02 tiles; a click on such tiles is converted back before it is kept.

export interface LatLng {
  lat: number;
  lng: number;
}
type Settings = StreetMapSettingsQuery['mapSettings'];

const toDisplay = (settings: Settings, p: LatLng): [number, number] => {
  if (settings.coordinates !== 'GCJ02') return [p.lat, p.lng];
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return [lat, lng];
};

const fromDisplay = (settings: Settings, lat: number, lng: number): LatLng => {
  if (settings.coordinates !== 'GCJ02') return { lat, lng };
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat: y, lng: x };
};

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function ClickToAdd({ settings, onAdd }: { settings: Settings; onAdd: (p: LatLng) => void }) {
  useMapEvents({ click: (e) => onAdd(((p) => ({ lat: round6(p.lat), lng: round6(p.lng) }))(fromDisplay(settings, e.latlng.lat, e.latlng.lng))) });
  return null;
}

export default function SectionMap({ settings, path, onChange }: { settings: Settings; path: LatLng[]; onChange?: (path: LatLng[]) => void }) {
  const shown = path.map((p) => toDisplay(settings, p));
  const center: [number, number] = shown[0] ?? [settings.centerLatitude, settings.centerLongitude];
  return (
    <div data-testid="section-map">
      <MapContainer center={center} zoom={shown.length ? Math.max(settings.zoom, 15) : settings.zoom} style={{ height: 320, width: '100%' }}>
        <TileLayer url={settings.tileUrl} attribution={settings.attribution} subdomains={settings.subdomains} />
        {shown.length > 1 && <Polyline positions={shown} pathOptions={{ color: '#c41d1d', weight: 6, opacity: 0.8 }} />}
        {shown.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the points of a line have no other identity
          <CircleMarker key={i} center={p} radius={5} pathOptions={{ color: '#fff', weight: 2, fillColor: '#c41d1d', fillOpacity: 1 }} />
        ))}
        {onChange && <ClickToAdd settings={settings} onAdd={(p) => onChange([...path, p])} />}
      </MapContainer>
    </div>
  );
}
