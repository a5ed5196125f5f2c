import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { CountyComparison } from '../../features/counties/components/county-comparison';
import { CountyPickers } from '../../features/counties/components/county-pickers';

export function CountiesRoute() {
  const { t } = useTranslation('counties');
  return (
    <PageFrame title={t('title')} description={t('description')} filterExtras={<CountyPickers />}>
      <CountyComparison />
    </PageFrame>
  );
}
