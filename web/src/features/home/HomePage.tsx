import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Descriptions from 'antd/es/descriptions';
import Row from 'antd/es/row';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { ROUTES } from '../../app/routes';

export default function HomePage() {
  const { t } = useTranslation();
  const { viewer, hasRole } = useAuth();
  if (!viewer) return null;
  const shortcuts = ROUTES.filter((route) => route.path !== '/' && (!route.roles || hasRole(...route.roles)));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: viewer.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.yourRoles')}>
            {viewer.roles.map((role) => (
              <Tag color="red" key={role}>
                {t(`roles.${role}`)}
              </Tag>
            ))}
          </Descriptions.Item>
          {viewer.community && <Descriptions.Item label={t('home.yourCommunity')}>{viewer.community.name}</Descriptions.Item>}
          {viewer.unit && <Descriptions.Item label={t('home.yourUnit')}>{viewer.unit.name}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {shortcuts.length > 0 && (
        <Card title={t('home.shortcuts')}>
          <Row gutter={[16, 16]}>
            {shortcuts.map((route) => (
              <Col xs={12} md={6} key={route.path}>
                <Link to={route.path}>
                  <Card hoverable size="small" style={{ textAlign: 'center' }}>
                    <div style={{ fontSize: 24, color: '#c41d1d' }}>{route.icon}</div>
                    {t(route.label)}
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </Space>
  );
}
