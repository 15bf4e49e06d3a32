import { useQuery } from '@apollo/client/react';
import { Button, Col, List, Row, Space, Typography } from 'antd';
import { divIcon } from 'leaflet';
import { useTranslation } from 'react-i18next';
import { Marker, Polyline, Popup } from 'react-leaflet';
import { LoadError } from '../../app/states';
import type { DueVisitsQuery } from '../../gql/graphql';
import { BaseMap, displayOf } from '../map/BaseMap';
import { MAP_SETTINGS } from '../map/map.documents';
import { nearestNeighbourRoute } from './route-order';

// Today's visits as a walk: numbered households joined in the order to go, and those without a
// position beside the map. A household's position comes only to those who may read its address.

type Due = DueVisitsQuery['dueVisits'][number];
type Placed = Due & { latitude: number; longitude: number };

const stopIcon = (n: number) => divIcon({ className: 'map-stop', html: String(n), iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -14] });

export default function VisitRoute({ dues, onRecord }: { dues: Due[]; onRecord: (due: Due) => void }) {
  const { t } = useTranslation();
  const settings = useQuery(MAP_SETTINGS);
  const s = settings.data?.mapSettings;
  if (settings.error && !s) return <LoadError error={settings.error} retry={() => void settings.refetch()} />;
  if (!s) return null;
  // Today's rows, one per household (two schedules may fall on one day).
  const today = dues.filter((due, i) => !due.overdue && dues.findIndex((d) => !d.overdue && d.household.id === due.household.id) === i);
  const placed = today
    .filter((due) => due.household.latitude != null && due.household.longitude != null)
    .map((due) => ({ ...due, latitude: due.household.latitude as number, longitude: due.household.longitude as number })) as Placed[];
  const unplaced = today.filter((due) => due.household.latitude == null || due.household.longitude == null);
  const route = nearestNeighbourRoute(placed);
  const show = displayOf(s);
  const line = route.map((stop) => show(stop.latitude, stop.longitude));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{today.length ? t('maps.routeOrder') : t('maps.routeEmpty')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={unplaced.length ? 16 : 24}>
          <BaseMap settings={s} center={line[0] ?? [s.centerLatitude, s.centerLongitude]} zoom={16} fit={line} testId="visit-route">
            {line.length > 1 && <Polyline positions={line} pathOptions={{ color: '#004a75', weight: 3, dashArray: '6 6' }} />}
            {route.map((stop, i) => (
              <Marker key={stop.household.id} position={line[i]} icon={stopIcon(i + 1)} title={`${i + 1}. ${stop.household.residents}`}>
                <Popup>
                  <strong>
                    {i + 1}. {stop.household.residents}
                  </strong>
                  <div>{stop.household.address}</div>
                  <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => onRecord(stop)}>
                    {t('maps.record')}
                  </Button>
                </Popup>
              </Marker>
            ))}
          </BaseMap>
        </Col>
        {unplaced.length > 0 && (
          <Col xs={24} md={8}>
            <List
              size="small"
              header={t('maps.noPosition')}
              dataSource={unplaced}
              renderItem={(due) => (
                <List.Item
                  data-testid={`unplaced-${due.household.residents}`}
                  actions={[
                    <Button key="r" size="small" onClick={() => onRecord(due)}>
                      {t('maps.record')}
                    </Button>,
                  ]}
                >
                  {due.household.residents} · {due.household.address}
                </List.Item>
              )}
            />
          </Col>
        )}
      </Row>
    </Space>
  );
}
