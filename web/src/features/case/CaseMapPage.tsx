import { useQuery } from '@apollo/client/react';
import { Card, Segmented, Space, Typography } from 'antd';
import gcoord from 'gcoord';
import 'leaflet/dist/leaflet.css';
import './case-map.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, Popup, TileLayer } from 'react-leaflet';
import { Link } from 'react-router';
import { LoadError } from '../../app/states';
import type { CaseMapQuery, CaseStatus } from '../../gql/graphql';
import { CASE_MAP } from './case.documents';

// Where the street problems are: each case with a position as a dot, red when overdue. Positions
// are kept as the phone reported them (WGS-84) and converted only for GCJ-02 tiles (高德, 腾讯).

const OPEN: CaseStatus[] = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED', 'VERIFIED'];
const LIMIT = 100;
type Node = CaseMapQuery['cases']['edges'][number]['node'];

const COLOR = { overdue: '#a8071a', open: '#d46b08', closed: '#389e0d' } as const;

export default function CaseMapPage() {
  const { t } = useTranslation();
  const [which, setWhich] = useState<'open' | 'all'>('open');
  const { data, error, refetch } = useQuery(CASE_MAP, { variables: { status: which === 'open' ? OPEN : null, first: LIMIT } });
  const settings = data?.mapSettings;
  const placed = useMemo(() => {
    const toDisplay = (lat: number, lng: number): [number, number] => {
      if (settings?.coordinates !== 'GCJ02') return [lat, lng];
      const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
      return [y, x];
    };
    return (data?.cases.edges ?? [])
      .map((e) => e.node)
      .filter((c): c is Node & { latitude: number; longitude: number } => c.latitude != null && c.longitude != null)
      .map((c) => ({ ...c, at: toDisplay(c.latitude, c.longitude) }));
  }, [data, settings?.coordinates]);
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const total = data?.cases.totalCount ?? 0;
  return (
    <Card
      title={t('cases.map')}
      extra={
        <Segmented
          value={which}
          onChange={(v) => setWhich(v as 'open' | 'all')}
          options={[
            { value: 'open', label: t('cases.mapOpen') },
            { value: 'all', label: t('cases.mapAll') },
          ]}
        />
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary" data-testid="map-summary">
          {t('cases.mapSummary', { placed: placed.length, total: Math.min(total, LIMIT) })}
          {total > LIMIT ? ` ${t('cases.mapLimit', { limit: LIMIT })}` : ''}
        </Typography.Text>
        {settings && (
          <div data-testid="case-map">
            <MapContainer center={[settings.centerLatitude, settings.centerLongitude]} zoom={settings.zoom} style={{ height: '65vh', minHeight: 320, width: '100%' }}>
              <TileLayer url={settings.tileUrl} attribution={settings.attribution} subdomains={settings.subdomains} />
              {placed.map((c) => (
                <CircleMarker
                  key={c.id}
                  center={c.at}
                  radius={9}
                  pathOptions={{ color: '#fff', weight: 2, fillOpacity: 0.9, fillColor: c.overdue ? COLOR.overdue : c.status === 'CLOSED' ? COLOR.closed : COLOR.open }}
                >
                  <Popup>
                    <Link to={`/cases/${c.id}`}>{c.title}</Link>
                    <div>
                      {c.number} · {t(`caseStatus.${c.status}`)}
                      {c.overdue ? ` · ${t('cases.overdue')}` : ''}
                    </div>
                    {c.address && <div>{c.address}</div>}
                  </Popup>
                </CircleMarker>
              ))}
            </MapContainer>
          </div>
        )}
        <Space wrap>
          {(['overdue', 'open', 'closed'] as const).map((k) => (
            <span key={k}>
              <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, background: COLOR[k], marginRight: 6 }} />
              {t(`cases.mapLegend.${k}`)}
            </span>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
