import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../components/page-frame';
import { TargetTracker } from '../../features/targets/components/target-tracker';

export function TargetsRoute() {
  const { t } = useTranslation('targets');
  return (
    <PageFrame title={t('title')} description={t('description')}>
      <TargetTracker />
    </PageFrame>
  );
}
