import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, InputNumber, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/apollo';
import { LoadError } from '../../app/states';
import { graphql } from '../../gql';
import type { CaseCategory } from '../../gql/graphql';
import { UNIT_OPTIONS } from '../org/org.documents';
import { CASE_CATEGORIES } from './case.documents';

const RULES = graphql(`
  query RoutingRules {
    routingRules { category acceptHours responseHours handleHours verifyHours unit { id name } }
  }
`);
const SET_RULE = graphql(`
  mutation SetRoutingRule($input: RoutingRuleInput!) {
    setRoutingRule(input: $input) { category acceptHours responseHours handleHours verifyHours unit { id name } }
  }
`);

interface Row {
  category: CaseCategory;
  unitId: string | null;
  acceptHours: number;
  responseHours: number;
  handleHours: number;
  verifyHours: number;
}

/** The command centre's routing table: which unit usually takes each category, and each stage's hours. */
export default function RoutingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(RULES);
  const units = useQuery(UNIT_OPTIONS);
  const [save] = useMutation(SET_RULE);
  const [rows, setRows] = useState<Row[]>([]);
  const [saving, setSaving] = useState<string | null>(null);

  useEffect(() => {
    const rules = new Map((data?.routingRules ?? []).map((r) => [r.category, r]));
    setRows(
      CASE_CATEGORIES.map((category) => {
        const rule = rules.get(category);
        return {
          category,
          unitId: rule?.unit?.id ?? null,
          acceptHours: rule?.acceptHours ?? 2,
          responseHours: rule?.responseHours ?? 2,
          handleHours: rule?.handleHours ?? 24,
          verifyHours: rule?.verifyHours ?? 8,
        };
      }),
    );
  }, [data]);

  const change = (category: string, patch: Partial<Row>) => setRows((list) => list.map((r) => (r.category === category ? { ...r, ...patch } : r)));
  const persist = async (row: Row) => {
    setSaving(row.category);
    try {
      await save({ variables: { input: row } });
      message.success(t('toast.routingSaved'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(null);
    }
  };

  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const hours = (row: Row, key: 'acceptHours' | 'responseHours' | 'handleHours' | 'verifyHours') => (
    <InputNumber
      min={1}
      max={720}
      aria-label={`${t(`caseCategory.${row.category}`)} ${t(key === 'acceptHours' ? 'cases.stageAccept' : key === 'responseHours' ? 'cases.signFor' : key === 'handleHours' ? 'cases.stageHandle' : 'cases.stageVerify')}`}
      value={row[key]}
      onChange={(v) => change(row.category, { [key]: v ?? 1 })}
      addonAfter="h"
      style={{ width: 110 }}
    />
  );

  return (
    <Card title={t('cases.routing')}>
      <Table<Row>
        rowKey="category"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        columns={[
          { title: t('cases.category'), dataIndex: 'category', render: (c: string) => t(`caseCategory.${c}`) },
          {
            title: t('cases.unit'),
            key: 'unit',
            render: (_, row) => (
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                aria-label={`${t(`caseCategory.${row.category}`)} ${t('cases.unit')}`}
                style={{ width: 220 }}
                value={row.unitId ?? undefined}
                onChange={(v) => change(row.category, { unitId: v ?? null })}
                options={(units.data?.partnerUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            ),
          },
          { title: t('cases.stageAccept'), key: 'a', render: (_, row) => hours(row, 'acceptHours') },
          { title: t('cases.signFor'), key: 'r', render: (_, row) => hours(row, 'responseHours') },
          { title: t('cases.stageHandle'), key: 'h', render: (_, row) => hours(row, 'handleHours') },
          { title: t('cases.stageVerify'), key: 'v', render: (_, row) => hours(row, 'verifyHours') },
          {
            title: t('common.actions'),
            key: 'save',
            render: (_, row) => (
              <Button size="small" loading={saving === row.category} onClick={() => persist(row)}>
                {t('common.save')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
