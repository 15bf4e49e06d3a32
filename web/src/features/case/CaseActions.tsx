import '../../app/dayjs-locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';
import type { CaseDetailQuery } from '../../gql/graphql';
import { UNIT_OPTIONS } from '../org/org.documents';
import { uploadPhoto } from './photos';

type Case = NonNullable<CaseDetailQuery['case']>;

const ACCEPT = graphql(`mutation AcceptCase($id: ID!) { acceptCase(id: $id) { id status } }`);
const REJECT = graphql(`mutation RejectCase($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }`);
const DISPATCH = graphql(`mutation DispatchCase($id: ID!, $unitId: ID!, $dueAt: DateTime) { dispatchCase(id: $id, unitId: $unitId, dueAt: $dueAt) { id status } }`);
const CLOSE = graphql(`mutation CloseCase($id: ID!) { closeCase(id: $id) { id status } }`);
const SIGN_FOR = graphql(`mutation AcknowledgeCase($id: ID!, $note: String) { acknowledgeCase(id: $id, note: $note) { id status acknowledgedAt } }`);
const HANDLE = graphql(`mutation HandleCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }`);
const RETURN = graphql(`mutation ReturnCase($id: ID!, $reason: String!) { returnCase(id: $id, reason: $reason) { id status } }`);
const VERIFY = graphql(`mutation VerifyCase($id: ID!, $passed: Boolean!, $note: String) { verifyCase(id: $id, passed: $passed, note: $note) { id status } }`);
const EXTEND = graphql(
  `mutation RequestCaseExtension($caseId: ID!, $until: DateTime!, $reason: String!) { requestCaseExtension(caseId: $caseId, until: $until, reason: $reason) { id } }`,
);
const PENDING = graphql(`query PendingCaseExtensions { pendingCaseExtensions { id until reason case { id } unit { name } } }`);
const DECIDE = graphql(`mutation DecideCaseExtension($requestId: ID!, $grant: Boolean!) { decideCaseExtension(requestId: $requestId, grant: $grant) { id status } }`);

type Dialog = 'reject' | 'dispatch' | 'sign' | 'handle' | 'return' | 'verify-fail' | 'verify-pass' | 'extend' | null;

/** The next steps this viewer may take on the case, by role and by the case's status. */
export function CaseActions({ caseFile: c, onChanged }: { caseFile: Case; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const officer = hasRole('COMMAND_CENTER');
  const unitRep = hasRole('UNIT_REP') && !!viewer?.unit && c.assignedUnit?.id === viewer.unit.id;
  const verifier = hasRole('GRID_WORKER') && !!viewer?.community && c.community?.id === viewer.community.id;
  const units = useQuery(UNIT_OPTIONS, { skip: !officer });
  const pending = useQuery(PENDING, { skip: !officer });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [accept] = useMutation(ACCEPT);
  const [reject] = useMutation(REJECT);
  const [dispatch] = useMutation(DISPATCH);
  const [close] = useMutation(CLOSE);
  const [signFor] = useMutation(SIGN_FOR);
  const [handle] = useMutation(HANDLE);
  const [giveBack] = useMutation(RETURN);
  const [verify] = useMutation(VERIFY);
  const [extend] = useMutation(EXTEND);
  const [decide] = useMutation(DECIDE);
  const id = c.id;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(t(`toast.${done}`));
      setDialog(null);
      onChanged();
      void pending.refetch();
    } catch (e) {
      message.error(errorMessage(e) || (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const open = (which: Dialog) => {
    setText('');
    setDate(null);
    setFiles([]);
    setUnitId(c.suggestedUnit?.id);
    setDialog(which);
  };
  const submit = () => {
    if (dialog === 'reject') return run(() => reject({ variables: { id, reason: text } }), 'rejected');
    if (dialog === 'dispatch' && unitId) return run(() => dispatch({ variables: { id, unitId, dueAt: date?.toISOString() ?? null } }), 'dispatched');
    if (dialog === 'sign') return run(() => signFor({ variables: { id, note: text || null } }), 'signedFor');
    if (dialog === 'handle')
      return run(async () => {
        const photoIds: string[] = [];
        for (const file of files) photoIds.push((await uploadPhoto(file)).id);
        await handle({ variables: { id, note: text, photoIds } });
      }, 'handled');
    if (dialog === 'return') return run(() => giveBack({ variables: { id, reason: text } }), 'returned');
    if (dialog === 'verify-pass' || dialog === 'verify-fail')
      return run(() => verify({ variables: { id, passed: dialog === 'verify-pass', note: text || null } }), dialog === 'verify-pass' ? 'verified' : 'reworked');
    if (dialog === 'extend' && date) return run(() => extend({ variables: { caseId: id, until: date.toISOString(), reason: text } }), 'extensionRequested');
  };
  const needsText = dialog === 'reject' || dialog === 'handle' || dialog === 'return' || dialog === 'extend';
  const mine = (pending.data?.pendingCaseExtensions ?? []).filter((p) => p.case.id === id);

  return (
    <Space wrap>
      {officer && c.status === 'REPORTED' && (
        <>
          <Button type="primary" loading={busy} onClick={() => run(() => accept({ variables: { id } }), 'accepted')} data-testid="accept-case">
            {t('cases.accept')}
          </Button>
          <Button danger onClick={() => open('reject')}>
            {t('cases.reject')}
          </Button>
        </>
      )}
      {officer && c.status === 'ACCEPTED' && (
        <Button type="primary" onClick={() => open('dispatch')} data-testid="dispatch-case">
          {t('cases.dispatch')}
        </Button>
      )}
      {officer && c.status === 'VERIFIED' && (
        <Button type="primary" loading={busy} onClick={() => run(() => close({ variables: { id } }), 'closed')}>
          {t('cases.close')}
        </Button>
      )}
      {officer &&
        mine.map((p) => (
          <Space key={p.id}>
            {`${t('cases.requestExtension')} · ${p.unit.name} → ${formatDateTime(p.until)}`}
            <Button size="small" onClick={() => run(() => decide({ variables: { requestId: p.id, grant: true } }), 'extensionGranted')}>
              {t('cases.grant')}
            </Button>
            <Button size="small" danger onClick={() => run(() => decide({ variables: { requestId: p.id, grant: false } }), 'extensionRefused')}>
              {t('cases.refuse')}
            </Button>
          </Space>
        ))}
      {unitRep && c.status === 'DISPATCHED' && (
        <>
          {!c.acknowledgedAt && (
            <Button type="primary" onClick={() => open('sign')} data-testid="sign-for-case">
              {t('cases.signFor')}
            </Button>
          )}
          <Button type={c.acknowledgedAt ? 'primary' : 'default'} onClick={() => open('handle')} data-testid="handle-case">
            {t('cases.handle')}
          </Button>
          <Button onClick={() => open('extend')}>{t('cases.requestExtension')}</Button>
          <Button danger onClick={() => open('return')}>
            {t('cases.returnCase')}
          </Button>
        </>
      )}
      {verifier && c.status === 'HANDLED' && (
        <>
          <Button type="primary" onClick={() => open('verify-pass')} data-testid="verify-pass">
            {t('cases.verifyPass')}
          </Button>
          <Button danger onClick={() => open('verify-fail')}>
            {t('cases.verifyFail')}
          </Button>
        </>
      )}
      <SaveModal
        open={dialog !== null}
        title={
          dialog
            ? t(
                {
                  reject: 'cases.reject',
                  dispatch: 'cases.dispatch',
                  sign: 'cases.signFor',
                  handle: 'cases.handle',
                  return: 'cases.returnCase',
                  'verify-pass': 'cases.verifyPass',
                  'verify-fail': 'cases.verifyFail',
                  extend: 'cases.requestExtension',
                }[dialog],
              )
            : ''
        }
        onCancel={() => setDialog(null)}
        onOk={submit}
        {...(dialog === 'dispatch' ? { okText: t('labels.dispatchOk') } : {})}
        okButtonProps={{ loading: busy, disabled: (needsText && !text.trim()) || (dialog === 'dispatch' && !unitId) || (dialog === 'extend' && !date) }}
        forceRender={false}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {dialog === 'dispatch' && (
            <>
              <label htmlFor="dispatch-unit">{t('labels.dispatchUnit')}</label>
              <Select
                id="dispatch-unit"
                showSearch
                optionFilterProp="label"
                style={{ width: '100%' }}
                value={unitId}
                onChange={setUnitId}
                options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.id === c.suggestedUnit?.id ? `${u.name}（${t('cases.suggested')}）` : u.name }))}
                data-testid="dispatch-unit"
              />
              <label htmlFor="dispatch-due">{t('labels.dispatchDue')}</label>
              <DatePicker id="dispatch-due" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('cases.dueAt')} value={date} onChange={setDate} />
            </>
          )}
          {dialog === 'extend' && <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('cases.extensionUntil')} value={date} onChange={setDate} />}
          {dialog === 'handle' && (
            <input type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, 9))} />
          )}
          {dialog !== 'dispatch' && (
            <Input.TextArea
              rows={3}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t(
                dialog === 'sign'
                  ? 'cases.signNote'
                  : dialog === 'handle'
                    ? 'cases.handleNote'
                    : dialog === 'extend'
                      ? 'cases.extensionReason'
                      : dialog?.startsWith('verify')
                        ? 'cases.verifyNote'
                        : 'cases.rejectReason',
              )}
            />
          )}
        </Space>
      </SaveModal>
    </Space>
  );
}
