import { Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';

// A place's optional position in a form (a task's meeting point, a household's door), WGS-84 as a
// phone's GPS gives it: both numbers or neither, as the API checks. No map here: forms stay light.

export function PositionFields() {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Form.Item
        name="latitude"
        label={t('maps.latitude')}
        dependencies={['longitude']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value) => ((value == null) === (getFieldValue('longitude') == null) ? Promise.resolve() : Promise.reject(new Error(t('maps.bothOrNeither')))),
          }),
        ]}
      >
        <InputNumber min={-90} max={90} step={0.0001} />
      </Form.Item>
      <Form.Item name="longitude" label={t('maps.longitude')} dependencies={['latitude']}>
        <InputNumber min={-180} max={180} step={0.0001} />
      </Form.Item>
    </Space>
  );
}
