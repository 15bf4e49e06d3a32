import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../app/Loading';
import { graphql } from '../../gql';

const AGREEMENT = graphql(`
  query AgreementPrint($id: ID!) {
    agreement(id: $id) { id status signedAt validFrom validUntil commitments community { name subdistrict } unit { name contactName contactPhone } meeting { title heldAt } }
  }
`);

/** A clean page for the browser's print-to-PDF: no navigation, A4 margins, signature lines. */
export default function AgreementPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading } = useQuery(AGREEMENT, { variables: { id } });
  if (loading && !data) return <Loading />;
  const a = data?.agreement;
  if (!a) return <p style={{ padding: 32 }}>{t('common.notFoundTitle')}</p>;
  const date = (v?: string | null) => (v ? new Date(v).toLocaleDateString(i18n.language, { year: 'numeric', month: 'long', day: 'numeric' }) : '—');
  return (
    <div className="gj-print">
      <style>
        {
          '@page { size: A4; margin: 25mm 20mm; } @media print { .gj-no-print { display: none; } } .gj-print { max-width: 720px; margin: 32px auto; padding: 0 16px; font-size: 16px; line-height: 2; color: #000; background: #fff; } .gj-print h1 { text-align: center; font-size: 26px; letter-spacing: 4px; }'
        }
      </style>
      <div className="gj-no-print" style={{ textAlign: 'right' }}>
        <button type="button" onClick={() => window.print()}>
          {t('joint.print')}
        </button>
      </div>
      <h1>{t('joint.printTitle')}</h1>
      <p>
        {t('joint.partyA')}：{a.community.name}（{a.community.subdistrict}）
      </p>
      <p>
        {t('joint.partyB')}：{a.unit.name}
        {a.unit.contactName ? `（${a.unit.contactName} ${a.unit.contactPhone ?? ''}）` : ''}
      </p>
      {a.meeting && (
        <p>
          {t('joint.meeting')}：{a.meeting.title}（{date(a.meeting.heldAt)}）
        </p>
      )}
      <p>
        {t('joint.validFrom')}：{date(a.validFrom)}　{t('joint.validUntil')}：{date(a.validUntil)}
      </p>
      <h3>{t('joint.commitments')}</h3>
      <p style={{ whiteSpace: 'pre-wrap', minHeight: 160 }}>{a.commitments ?? ''}</p>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 64 }}>
        <div>
          <p>{t('joint.signatureA')}</p>
          <p>{date(a.signedAt)}</p>
        </div>
        <div>
          <p>{t('joint.signatureB')}</p>
          <p>{date(a.signedAt)}</p>
        </div>
      </div>
    </div>
  );
}
