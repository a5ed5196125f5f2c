import { useTranslation } from 'react-i18next';

/** Shown instead of the app when it cannot start at all (a broken config.json). */
export function FatalError({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="fatal-error" role="alert">
      <h1>{t('fatal.title')}</h1>
      <p>{message}</p>
    </main>
  );
}
