import { useQuery } from '@apollo/client/react';
import { Card, Space, Typography } from 'antd';
import { divIcon } from 'leaflet';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Marker, Popup } from 'react-leaflet';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { LoadError } from '../../../app/states';
import { graphql } from '../../../gql';
import type { CommunityMapTotalsQuery } from '../../../gql/graphql';
import { BaseMap, displayOf } from '../../map/BaseMap';
import { MAP_SETTINGS } from '../../map/map.documents';

// Needs and claims by community, where the communities are: a dot per community office sized by
// its open needs, labelled open / claimed. The counts are the leaders' rollups (totalsByCommunity).

const COMMUNITY_TOTALS = graphql(`
  query CommunityMapTotals {
    totalsByCommunity { community { id name latitude longitude } publishedNeeds claimedNeeds }
  }
`);

const countIcon = (open: number, claimed: number) =>
  divIcon({ className: 'map-count', html: `${open} / ${claimed}`, iconSize: [56, 26], iconAnchor: [28, -8], popupAnchor: [0, 0] });

type Row = CommunityMapTotalsQuery['totalsByCommunity'][number];

function CommunityPopup({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <Popup>
      <strong>{row.community.name}</strong>
      <div>{t('maps.openNeeds', { count: row.publishedNeeds })}</div>
      <div>{t('maps.claimedNeeds', { count: row.claimedNeeds })}</div>
      <Link to={`/joint/needs?community=${row.community.id}`}>{t('maps.seeNeeds')}</Link>
    </Popup>
  );
}

export default function CommunityMapPage() {
  const { t } = useTranslation();
  const { viewer, hasRole } = useAuth();
  const settings = useQuery(MAP_SETTINGS);
  const totals = useQuery(COMMUNITY_TOTALS, { fetchPolicy: 'cache-and-network' });
  const s = settings.data?.mapSettings;
  const error = settings.error ?? totals.error;
  if (error && !(s && totals.data)) return <LoadError error={error} retry={() => void Promise.all([settings.refetch(), totals.refetch()])} />;
  // A secretary sees their own community; leaders and administrators the city.
  const own = hasRole('ADMIN') || hasRole('CITY_LEADER') ? null : (viewer?.community?.id ?? '');
  const rows = (totals.data?.totalsByCommunity ?? []).filter((row) => own === null || row.community.id === own);
  const placed = rows.filter((row) => row.community.latitude != null && row.community.longitude != null);
  const unplaced = rows.filter((row) => row.community.latitude == null || row.community.longitude == null);
  return (
    <Card title={t('maps.communityMap')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('maps.communityMapHint')}</Typography.Text>
        {s && totals.data && (
          <BaseMap
            settings={s}
            center={own && placed[0] ? displayOf(s)(placed[0].community.latitude as number, placed[0].community.longitude as number) : [s.centerLatitude, s.centerLongitude]}
            zoom={own ? 15 : 14}
            fit={placed.map((row) => displayOf(s)(row.community.latitude as number, row.community.longitude as number))}
            testId="community-map"
          >
            {placed.map((row) => {
              const at = displayOf(s)(row.community.latitude as number, row.community.longitude as number);
              return (
                <Fragment key={row.community.id}>
                  <CircleMarker
                    center={at}
                    radius={8 + Math.min(16, 4 * Math.sqrt(row.publishedNeeds))}
                    pathOptions={{ color: '#fff', weight: 2, fillColor: '#a8071a', fillOpacity: 0.75 }}
                  >
                    <CommunityPopup row={row} />
                  </CircleMarker>
                  <Marker position={at} icon={countIcon(row.publishedNeeds, row.claimedNeeds)} title={row.community.name}>
                    <CommunityPopup row={row} />
                  </Marker>
                </Fragment>
              );
            })}
          </BaseMap>
        )}
        {unplaced.length > 0 && <Typography.Text type="secondary">{t('maps.unplaced', { names: unplaced.map((row) => row.community.name).join('、') })}</Typography.Text>}
      </Space>
    </Card>
  );
}
