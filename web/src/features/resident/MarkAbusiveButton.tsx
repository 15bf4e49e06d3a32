import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';

const MARK = graphql(`
  mutation MarkCaseAbusive($caseId: ID!) {
    markCaseAbusive(caseId: $caseId) {
      id
      abusiveAt
    }
  }
`);

/** 恶意上报: the command centre marks a resident's report, after a confirmation; repeated marks suspend the resident. */
export function MarkAbusiveButton({ caseFile, onChanged }: { caseFile: { id: string; source: string; abusiveAt?: string | null }; onChanged(): void }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const [mark, { loading }] = useMutation(MARK);
  if (!hasRole('COMMAND_CENTER') || caseFile.source !== 'RESIDENT' || caseFile.abusiveAt) return null;
  const confirm = async () => {
    try {
      await mark({ variables: { caseId: caseFile.id } });
      message.success(t('resident.markedAbusive'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(e) || (e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <Popconfirm title={t('resident.markAbusiveConfirm')} onConfirm={confirm} okButtonProps={{ danger: true }}>
      <Button danger loading={loading} data-testid="mark-abusive">
        {t('resident.markAbusive')}
      </Button>
    </Popconfirm>
  );
}
