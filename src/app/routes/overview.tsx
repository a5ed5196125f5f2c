import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { OverviewView } from '../../features/overview/components/overview-view';

export function OverviewRoute() {
  const { t } = useTranslation('overview');
  return (
    <PageFrame title={t('title')} description={t('description')}>
      <OverviewView />
    </PageFrame>
  );
}
