import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { PhoneText } from '../../app/PhoneText';
import { EmptyState, LoadError } from '../../app/states';
import { graphql } from '../../gql';

const RIBBONS = graphql(`
  query YellowRibbons {
    yellowRibbons { id status note ageHours raisedAt household { id residents address } assignee { id displayName phone } }
  }
`);
const TAKE = graphql(`mutation TakeRibbon($id: ID!) { assignYellowRibbon(id: $id) { id status } }`);
const VISITED = graphql(`mutation RibbonVisited($id: ID!) { markYellowRibbonVisited(id: $id) { id status } }`);
const RESOLVE = graphql(`mutation ResolveRibbon($id: ID!) { resolveYellowRibbon(id: $id) { id status } }`);

/** Open yellow-ribbon requests, oldest first, with their age: for patrol volunteers and the secretary. */
export function Ribbons() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(RIBBONS, { fetchPolicy: 'network-only' });
  const [take] = useMutation(TAKE);
  const [visited] = useMutation(VISITED);
  const [resolve] = useMutation(RESOLVE);
  // The toast names the ribbon's new state: 已接单, 已走访, 已解决.
  const run = (work: Promise<unknown>, now: 'ASSIGNED' | 'VISITED' | 'RESOLVED') =>
    work
      .then(() => {
        message.success(t(`ribbonStatus.${now}`));
        return refetch();
      })
      .catch((e) => message.error(errorMessage(e)));

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  return (
    <List
      loading={loading && !data}
      dataSource={data?.yellowRibbons ?? []}
      locale={{ emptyText: <EmptyState text={t('care.noRibbons')} /> }}
      renderItem={(r) => {
        const mine = r.assignee?.id === viewer?.id;
        return (
          <List.Item
            actions={[
              r.status === 'OPEN' && hasRole('VOLUNTEER') && (
                <Button key="take" type="primary" onClick={() => run(take({ variables: { id: r.id } }), 'ASSIGNED')}>
                  {t('care.take')}
                </Button>
              ),
              r.status === 'ASSIGNED' && mine && (
                <Button key="v" onClick={() => run(visited({ variables: { id: r.id } }), 'VISITED')}>
                  {t('care.visited')}
                </Button>
              ),
              (r.status === 'ASSIGNED' || r.status === 'VISITED') && (mine || hasRole('COMMUNITY_SECRETARY')) && (
                <Button key="r" onClick={() => run(resolve({ variables: { id: r.id } }), 'RESOLVED')}>
                  {t('care.resolve')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color="gold">{t(`ribbonStatus.${r.status}`)}</Tag>
                  {r.household.residents}
                  <span style={{ color: r.ageHours > 24 ? '#cf1322' : '#888' }}>{t('care.age', { hours: r.ageHours })}</span>
                </Space>
              }
              description={
                <Space wrap size={4}>
                  <span>{r.household.address}</span>
                  {r.note && <span>· {r.note}</span>}
                  {r.assignee && (
                    <span>
                      · {r.assignee.displayName} <PhoneText phone={r.assignee.phone} />
                    </span>
                  )}
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
