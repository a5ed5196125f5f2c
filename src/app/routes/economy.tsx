import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { GdpKpiCard } from '../../features/economy/components/gdp-kpi-card';

export function EconomyRoute() {
  const { t } = useTranslation('economy');
  return (
    <PageFrame title={t('title')} description={t('description')}>
      <div className="kpi-grid">
        <GdpKpiCard />
      </div>
    </PageFrame>
  );
}
