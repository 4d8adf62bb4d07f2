import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { cx } from './cx.ts';

interface PageProps {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  /** narrow: a single form; wide: the welcome page. */
  width?: 'narrow' | 'normal' | 'wide';
  className?: string;
  /** A decorative picture beside the heading on wide screens. */
  art?: ReactNode;
  /**
   * The tab's and the browser history's title, when it must not follow the heading: a private
   * page whose heading tells its state keeps one neutral title (docs/privacy.md, "The partner").
   */
  documentTitle?: string;
}

/**
 * Every page's frame: sets the document title and, after a navigation (or when the page's
 * title changes because its state did), moves focus to the heading so screen readers start there.
 */
export function Page({ title, lead, children, width = 'normal', className, art, documentTitle = title }: PageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRun = useRef(true);

  useEffect(() => {
    document.title = t('app.pageTitle', { title: documentTitle });
  }, [t, documentTitle]);

  useEffect(() => {
    const initialLoad = firstRun.current && location.key === 'default';
    firstRun.current = false;
    if (!initialLoad) heading.current?.focus();
  }, [location.key, title]);

  return (
    <div className={cx('page', `page--${width}`, className)}>
      <div className={cx('page-head', Boolean(art) && 'page-head--art')}>
        <div className="page-head-text">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead && <p className="lead">{lead}</p>}
        </div>
        {art}
      </div>
      {children}
    </div>
  );
}

/** A section of a page, with its own heading (h2), as a soft card. */
export function Card({ title, children, className, id, actions }: { title?: ReactNode; children?: ReactNode; className?: string; id?: string; actions?: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={cx('card', className)} aria-labelledby={title ? headingId : undefined} id={id}>
      {title && <h2 id={headingId}>{title}</h2>}
      {children}
      {actions}
    </section>
  );
}
