import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConfig } from '../../api/config.ts';
import { useOutbox, type OutboxMessage } from '../../api/dev.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Loading, PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** Development only (config.devOutbox): the e-mail Hearth would have sent, with working links. */
export function OutboxPage() {
  const config = useConfig();
  if (config.isPending) return <PageLoading />;
  if (!config.data?.devOutbox) return <NotFoundPage />;
  return <Outbox />;
}

function Outbox() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const to = search.get('to') ?? '';
  const outbox = useOutbox(to, true);

  return (
    <Page title={t('outbox.title')} lead={t('outbox.lead')}>
      <form
        className="card form form--inline"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const value = String(new FormData(event.currentTarget).get('to') ?? '').trim();
          setSearch(value ? { to: value } : {});
        }}
      >
        <Field name="to" type="email" label={t('outbox.filter')} defaultValue={to} key={to} autoComplete="off" />
        <div className="form-inline-actions">
          <Button type="submit" variant="secondary">
            {t('outbox.filterSubmit')}
          </Button>
          {to && (
            <Link to="/dev/outbox" className="button button--quiet">
              {t('outbox.showAll')}
            </Link>
          )}
        </div>
      </form>
      {outbox.isPending && <Loading />}
      {outbox.isError && <LoadError message={outbox.error.message} onRetry={() => void outbox.refetch()} />}
      {outbox.data?.length === 0 && <Notice>{t('outbox.empty')}</Notice>}
      <div className="stack">
        {outbox.data?.map((message) => <MessageCard key={message.id} message={message} />)}
      </div>
    </Page>
  );
}

function MessageCard({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  return (
    <Card title={message.subject} id={`message-${message.id}`} className="message">
      <p className="message-meta">
        {t('outbox.to', { to: message.to })} · {t('outbox.sent', { date: dateTime(message.date) })}
      </p>
      <p className="message-text">
        <Linkified text={message.text} />
      </p>
    </Card>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
