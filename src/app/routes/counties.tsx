import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';

export function CountiesRoute() {
  const { t } = useTranslation('counties');
  return <PageFrame title={t('title')} description={t('description')} />;
}
