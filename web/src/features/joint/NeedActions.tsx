import { useMutation } from '@apollo/client/react';
import { App, Button, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { SaveModal } from '../../app/SaveModal';
import { graphql } from '../../gql';
import type { NeedQuery } from '../../gql/graphql';
import { CLAIM, RELEASE } from './joint.documents';
import { NeedDialog } from './NeedDialog';

type Need = NonNullable<NeedQuery['need']>;

const PUBLISH = graphql(`mutation PublishNeed($id: ID!) { publishNeed(id: $id) { id status publishedAt } }`);
const CANCEL = graphql(`mutation CancelNeed($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status cancelReason } }`);
const DONE = graphql(`mutation ConfirmNeedDone($id: ID!, $note: String) { confirmNeedDone(id: $id, note: $note) { id status closedAt } }`);
const PROGRESS = graphql(`mutation ReportNeedProgress($needId: ID!, $note: String!) { reportNeedProgress(needId: $needId, note: $note) { id status } }`);
const COMPLETE = graphql(`mutation ReportNeedCompletion($needId: ID!, $note: String!) { reportNeedCompletion(needId: $needId, note: $note) { id status completionReportedAt } }`);

type Prompt = { title: string; run: (text: string) => Promise<unknown>; required: boolean; done: string } | null;

/** What the viewer may do with this need, by role: the secretary runs it, a unit rep claims and reports. */
export function NeedActions({ need, onChanged }: { need: Need; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer, hasRole } = useAuth();
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [publish] = useMutation(PUBLISH);
  const [cancel] = useMutation(CANCEL);
  const [done] = useMutation(DONE);
  const [claim] = useMutation(CLAIM);
  const [release] = useMutation(RELEASE);
  const [progress] = useMutation(PROGRESS);
  const [complete] = useMutation(COMPLETE);

  const act = async (work: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await work();
      message.success(success);
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const ask = (title: string, run: (value: string) => Promise<unknown>, done: string, required = true) => {
    setText('');
    setPrompt({ title, run, required, done });
  };

  const open = ['PUBLISHED', 'CLAIMED', 'IN_PROGRESS'].includes(need.status);
  const isSecretary = hasRole('COMMUNITY_SECRETARY') && viewer?.community?.id === need.community.id;
  const unitId = hasRole('UNIT_REP') ? viewer?.unit?.id : undefined;
  const mine = !!unitId && need.claims.some((c) => c.unit.id === unitId);
  const id = need.id;

  return (
    <Space wrap>
      {isSecretary && need.status === 'DRAFT' && (
        <Popconfirm
          title={t('joint.confirmPublish')}
          onConfirm={() => act(() => publish({ variables: { id } }), t('toast.published'))}
          okText={t('joint.publish')}
          cancelText={t('common.cancel')}
        >
          <Button type="primary" loading={busy} data-testid="publish-need">
            {t('joint.publish')}
          </Button>
        </Popconfirm>
      )}
      {isSecretary && (need.status === 'DRAFT' || open) && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
      {isSecretary && (need.status === 'CLAIMED' || need.status === 'IN_PROGRESS') && (
        <Button type="primary" onClick={() => ask(t('joint.confirmDone'), (note) => done({ variables: { id, note: note || null } }), t('toast.confirmedDone'), false)}>
          {t('joint.confirmDone')}
        </Button>
      )}
      {isSecretary && (need.status === 'DRAFT' || open) && (
        <Button danger onClick={() => ask(t('joint.cancelNeed'), (reason) => cancel({ variables: { id, reason } }), t('toast.cancelled'))}>
          {t('joint.cancelNeed')}
        </Button>
      )}
      {unitId && !mine && need.status === 'PUBLISHED' && (
        <Popconfirm
          title={t('joint.confirmClaim', { title: need.title, unit: viewer?.unit?.name })}
          onConfirm={() => act(() => claim({ variables: { needId: id } }), t('joint.claimed'))}
          okText={t('joint.claimIt')}
          cancelText={t('common.cancel')}
        >
          <Button type="primary" loading={busy} data-testid="claim-need">
            {t('joint.claimIt')}
          </Button>
        </Popconfirm>
      )}
      {mine && open && (
        <>
          <Button onClick={() => ask(t('joint.reportProgress'), (note) => progress({ variables: { needId: id, note } }), t('toast.progressReported'))}>
            {t('joint.reportProgress')}
          </Button>
          <Button onClick={() => ask(t('joint.reportCompletion'), (note) => complete({ variables: { needId: id, note } }), t('toast.completionReported'))}>
            {t('joint.reportCompletion')}
          </Button>
          <Button danger onClick={() => ask(t('joint.release'), (reason) => release({ variables: { needId: id, reason } }), t('toast.released'))}>
            {t('joint.release')}
          </Button>
        </>
      )}
      {editing && <NeedDialog communityId={need.community.id} need={need} onClose={() => setEditing(false)} onSaved={onChanged} />}
      <SaveModal
        open={!!prompt}
        title={prompt?.title}
        okButtonProps={{ disabled: !!prompt?.required && !text.trim(), loading: busy }}
        onCancel={() => setPrompt(null)}
        onOk={() => {
          const current = prompt;
          setPrompt(null);
          if (current) void act(() => current.run(text.trim()), current.done);
        }}
        forceRender={false}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('joint.note')}
          aria-label={t('joint.note')}
          data-testid="prompt-text"
        />
      </SaveModal>
    </Space>
  );
}
