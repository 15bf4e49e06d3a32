import Modal, { type ModalProps } from 'antd/es/modal';
import { useTranslation } from 'react-i18next';

/**
 * A dialog whose OK button saves: Save / Cancel in the current language, and its content rendered
 * while still closed so that a form inside can be filled before it opens.
 */
export function SaveModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal okText={t('common.save')} cancelText={t('common.cancel')} forceRender {...props} />;
}
