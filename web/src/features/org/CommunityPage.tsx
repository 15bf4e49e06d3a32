import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../app/Loading';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import { CommitteePanel } from './CommitteePanel';
import { GridsPanel } from './GridsPanel';

export const COMMUNITY = graphql(`
  query Community($id: ID!) {
    community(id: $id) {
      id
      name
      subdistrict
      address
      grids { id name }
      committee { id personName position title sortOrder unit { id name } }
    }
  }
`);

export default function CommunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(COMMUNITY, { variables: { id } });

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const community = data?.community;
  if (!community) return <Result status="404" title={t('common.notFoundTitle')} extra={<Link to="/admin/communities">{t('communities.title')}</Link>} />;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/admin/communities">
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('communities.title')} />
            </Link>
            {community.name}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('communities.subdistrict')}>{community.subdistrict}</Descriptions.Item>
          <Descriptions.Item label={t('communities.address')}>{community.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('communities.gridCount')}>{community.grids.length}</Descriptions.Item>
        </Descriptions>
      </Card>
      <GridsPanel communityId={community.id} grids={community.grids} />
      <CommitteePanel communityId={community.id} members={community.committee} />
    </Space>
  );
}
