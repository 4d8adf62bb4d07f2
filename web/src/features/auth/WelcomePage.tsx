import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { clearFlash, peekFlash } from '../../ui/storage.ts';
import { WelcomeArt } from '../../ui/WelcomeArt.tsx';

const POINTS = ['alone', 'together', 'private'] as const;

export function WelcomePage() {
  const { t } = useTranslation();
  // A note left by signing out or deleting the account, shown once.
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);

  return (
    <Page title={t('welcome.title')} lead={t('welcome.lead')} width="wide" className="welcome" art={<WelcomeArt className="welcome-art" />}>
      <Live>
        {flash && <Notice tone="warm">{flash === 'accountDeleted' ? t('welcome.accountDeleted') : t('welcome.signedOut')}</Notice>}
      </Live>
      <Actions className="welcome-actions">
        <ButtonLink to="/sign-up">{t('welcome.start')}</ButtonLink>
        <ButtonLink to="/sign-in" variant="secondary">
          {t('welcome.signIn')}
        </ButtonLink>
      </Actions>

      <section className="welcome-points" aria-labelledby="welcome-points-title">
        <h2 id="welcome-points-title" className="visually-hidden">
          {t('welcome.pointsTitle')}
        </h2>
        <ul className="point-list">
          {POINTS.map((point) => (
            <li key={point} className={`point point--${point}`}>
              <h3>{t(`welcome.points.${point}Title`)}</h3>
              <p>{t(`welcome.points.${point}`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="welcome-note" aria-labelledby="welcome-note-title">
        <h2 id="welcome-note-title">{t('welcome.notTherapyTitle')}</h2>
        <p>{t('welcome.notTherapy')}</p>
      </section>
    </Page>
  );
}
