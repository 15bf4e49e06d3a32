import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { formatTime } from '../../app/format';
import { graphql } from '../../gql';

const TO_CONFIRM = graphql(`
  query HoursToConfirm {
    hoursToConfirm { id checkedInAt checkedOutAt task { title } volunteer { user { displayName } } }
  }
`);
const CONFIRM = graphql(`mutation ConfirmHours($signupId: ID!) { confirmServiceHours(signupId: $signupId) { id confirmedHours } }`);

/** For team captains: their members' checked-out service, to confirm as hours. Hidden when there is none. */
export function HoursToConfirm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, refetch } = useQuery(TO_CONFIRM, { fetchPolicy: 'network-only' });
  const [confirm] = useMutation(CONFIRM);
  const rows = data?.hoursToConfirm ?? [];
  if (!rows.length) return null;
  const time = formatTime;
  return (
    <Card size="small" title={t('volunteer.confirmHours')}>
      <List
        size="small"
        dataSource={rows}
        renderItem={(s) => (
          <List.Item
            actions={[
              <Button
                key="c"
                size="small"
                type="primary"
                onClick={() =>
                  confirm({ variables: { signupId: s.id } })
                    .then(() => {
                      message.success(t('volunteer.hoursConfirmed'));
                      return refetch();
                    })
                    .catch((e) => message.error(errorMessage(e)))
                }
              >
                {t('volunteer.confirmHours')}
              </Button>,
            ]}
          >
            {s.volunteer.user.displayName} · {s.task.title} · {time(s.checkedInAt)}–{time(s.checkedOutAt)}
          </List.Item>
        )}
      />
    </Card>
  );
}
