import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { graphql } from '../../gql';
import type { MyVolunteerProfileQuery } from '../../gql/graphql';
import { DAYS, PARTS } from './volunteer.documents';

const REGISTER = graphql(`
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) { id skills availability partyMember community { id name } }
  }
`);

interface Values {
  skills: string[];
  availability: string[];
  partyMember: boolean;
}

/** Registering, or editing one's own profile: skills, usual free half-days, party membership. */
export function ProfileCard({ profile, onSaved }: { profile: MyVolunteerProfileQuery['myVolunteerProfile']; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [register, { loading }] = useMutation(REGISTER);
  const save = async (values: Values) => {
    try {
      await register({ variables: { input: { skills: values.skills ?? [], availability: values.availability ?? [], partyMember: values.partyMember } } });
      message.success(t('volunteer.profileSaved'));
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title={profile ? t('volunteer.profile') : t('volunteer.register')} size="small">
      <Form<Values>
        layout="vertical"
        onFinish={save}
        initialValues={{ skills: profile?.skills ?? [], availability: profile?.availability ?? [], partyMember: profile?.partyMember ?? false }}
      >
        <Form.Item name="skills" label={t('volunteer.skills')} extra={t('volunteer.skillsHelp')}>
          <Select mode="tags" maxCount={20} tokenSeparators={[',', '，', '、']} data-testid="skills" />
        </Form.Item>
        <Form.Item name="availability" label={t('volunteer.availability')}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(3, max-content)', gap: 4 }}>
            {DAYS.flatMap((day) =>
              PARTS.map((part) => (
                <Checkbox key={`${day}_${part}`} value={`${day}_${part}`}>
                  {t(`slots.${day}`)}
                  {t(`slots.${part}`)}
                </Checkbox>
              )),
            )}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="partyMember" label={t('volunteer.partyMember')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="save-profile">
          {t('volunteer.saveProfile')}
        </Button>
      </Form>
    </Card>
  );
}
