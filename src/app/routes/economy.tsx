import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { EconomyView } from '../../features/economy/components/economy-view';

export function EconomyRoute() {
  const { t } = useTranslation('economy');
  return (
    <PageFrame title={t('title')} description={t('description')}>
      <EconomyView />
    </PageFrame>
  );
}
