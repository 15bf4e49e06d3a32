import { useQuery } from '@apollo/client/react';
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Popup } from 'react-leaflet';
import { formatDateTime, formatTime } from '../../app/format';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import { BaseMap, displayOf, type LatLng } from '../map/BaseMap';
import { MAP_SETTINGS } from '../map/map.documents';

// 附近的任务: the open tasks around where the volunteer stands. The browser is asked for the
// position; refused or unavailable, the map centres on their community's office, else the city.

const RADIUS = 3000;
const NEAR = graphql(`
  query TasksNear($lat: Float!, $lng: Float!, $r: Int!) {
    tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { id title startsAt endsAt place capacity signupCount latitude longitude } }
  }
`);

type Where = { at: LatLng; from: 'gps' | 'community' | 'default' };

export default function TasksNearMap({ community, onOpen }: { community: LatLng | null; onOpen: (taskId: string) => void }) {
  const { t } = useTranslation();
  const settings = useQuery(MAP_SETTINGS);
  const [gps, setGps] = useState<LatLng | null | 'asking'>('asking');
  useEffect(() => {
    if (!navigator.geolocation) return setGps(null);
    navigator.geolocation.getCurrentPosition(
      (p) => setGps([p.coords.latitude, p.coords.longitude]),
      () => setGps(null),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }, []);
  const s = settings.data?.mapSettings;
  const where: Where | null =
    gps === 'asking' || !s
      ? null
      : gps
        ? { at: gps, from: 'gps' }
        : community
          ? { at: community, from: 'community' }
          : { at: [s.centerLatitude, s.centerLongitude], from: 'default' };
  const near = useQuery(NEAR, { variables: { lat: where?.at[0] ?? 0, lng: where?.at[1] ?? 0, r: RADIUS }, skip: !where, fetchPolicy: 'network-only' });

  if (settings.error && !s) return <LoadError error={settings.error} retry={() => void settings.refetch()} />;
  if (near.error && !near.data) return <LoadError error={near.error} retry={() => void near.refetch()} />;
  if (!s || !where) return <Typography.Text type="secondary">{t('maps.locating')}</Typography.Text>;
  const show = displayOf(s);
  const found = near.data?.tasksNear ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={where.from === 'gps' ? 'info' : 'warning'}
        showIcon
        message={t(`maps.here${where.from === 'gps' ? 'Gps' : where.from === 'community' ? 'Community' : 'Default'}`)}
      />
      <Typography.Text type="secondary" data-testid="near-summary">
        {t('maps.nearTitle', { km: RADIUS / 1000 })} · {near.data ? t('maps.nearSummary', { count: found.length }) : t('common.loading')}
      </Typography.Text>
      <BaseMap
        settings={s}
        center={show(...where.at)}
        zoom={15}
        fit={[show(...where.at), ...found.map(({ task }) => show(task.latitude ?? 0, task.longitude ?? 0))]}
        testId="tasks-near-map"
      >
        <CircleMarker center={show(...where.at)} radius={7} interactive={false} pathOptions={{ color: '#fff', weight: 2, fillColor: '#1677ff', fillOpacity: 1 }} />
        {found.map(({ task, distance }) => (
          <CircleMarker
            key={task.id}
            center={show(task.latitude ?? 0, task.longitude ?? 0)}
            radius={10}
            pathOptions={{ color: '#fff', weight: 2, fillColor: '#d46b08', fillOpacity: 0.9 }}
          >
            <Popup>
              <strong>{task.title}</strong>
              <div>
                {formatDateTime(task.startsAt)} – {formatTime(task.endsAt)}
              </div>
              <div>
                {t('maps.placesLeft', { count: task.capacity - task.signupCount })} · {t('maps.distance', { metres: distance })}
              </div>
              <Button size="small" type="link" onClick={() => onOpen(task.id)} style={{ paddingInline: 0 }}>
                {t('maps.openTask')}
              </Button>
            </Popup>
          </CircleMarker>
        ))}
      </BaseMap>
      {/* The same tasks as a list: for keyboards and screen readers, which do not reach map markers. */}
      <List
        size="small"
        dataSource={found}
        locale={{ emptyText: t('maps.nearEmpty') }}
        renderItem={({ task, distance }) => (
          <List.Item
            actions={[
              <Button key="o" size="small" onClick={() => onOpen(task.id)} data-testid={`near-open-${task.title}`}>
                {t('maps.openTask')}
              </Button>,
            ]}
          >
            <Space wrap size={4}>
              <span>{task.title}</span>
              <Tag>{t('maps.distance', { metres: distance })}</Tag>
              <span>{formatDateTime(task.startsAt)}</span>
              <Tag>{t('maps.placesLeft', { count: task.capacity - task.signupCount })}</Tag>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
