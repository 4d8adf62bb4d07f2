/** An error a person can act on. Its code is stable for clients; its message goes through i18n. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/*
 * Every error a service or hook answers, by name. One condition has one code and one status
 * wherever it happens; a new condition gets a factory here rather than an AppError in place.
 * Messages (and field messages) are i18n keys of the "common" namespace.
 */

// --- 400: the input cannot be used as it is (nothing was changed) ------------------------------

/** A field (or several) that passed the contract but not the service's own rules. */
export const invalidInput = (fields: Record<string, string>): AppError => new AppError(400, 'invalid_input', 'errors.invalidInput', fields);
/** One field: `invalidField('date', 'errors.dateNotToday')`. */
export const invalidField = (field: string, message: string): AppError => invalidInput({ [field]: message });
/** Control or format characters in a request, refused before any route reads it. */
export const invalidCharacter = (): AppError => new AppError(400, 'invalid_input', 'errors.invalidCharacter');
/** A password asked for again was not the person's; 400 as for any other field (never 401: the session is fine). */
export const wrongPassword = (field: string): AppError => new AppError(400, 'wrong_password', 'errors.wrongPassword', { [field]: 'errors.wrongPassword' });
/** A confirmation, reset or sign-in link that is unknown, used or expired. */
export const linkInvalid = (): AppError => new AppError(400, 'link_invalid', 'errors.linkInvalid');
export const signInCodeInvalid = (): AppError => new AppError(400, 'code_invalid', 'errors.signInCodeInvalid');
export const ownInvite = (): AppError => new AppError(400, 'own_invite', 'errors.ownInvite');
/** A check-up submitted with items left out: each missing item id names its field. */
export const checkupIncomplete = (missing: readonly string[]): AppError =>
  new AppError(400, 'checkup_incomplete', 'errors.checkupIncomplete', Object.fromEntries(missing.map((id) => [id, 'errors.itemUnanswered'])));

// --- 401, 403: who is asking ------------------------------------------------------------------

export const unauthorized = (): AppError => new AppError(401, 'unauthorized', 'errors.unauthorized');
export const invalidCredentials = (): AppError => new AppError(401, 'invalid_credentials', 'errors.invalidCredentials');
export const crossSite = (): AppError => new AppError(403, 'cross_site', 'errors.crossSite');
/** The action belongs to a practice's staff, or to one of its roles, and the person is not that. */
export const wrongRole = (): AppError => new AppError(403, 'forbidden', 'errors.wrongRole');

// --- 404: nothing there for this person (another person's object looks exactly like this) ------

export const notFound = (): AppError => new AppError(404, 'not_found', 'errors.notFound');
export const inviteNotFound = (): AppError => new AppError(404, 'invite_not_found', 'errors.inviteNotFound');
/** A staff invitation that is unknown, used or more than 72 hours old. */
export const staffInviteNotFound = (): AppError => new AppError(404, 'invite_not_found', 'errors.staffInviteNotFound');
/** The couple report exists only while both partners have chosen to compare and both have a result. */
export const reportNotReady = (): AppError => new AppError(404, 'report_not_ready', 'errors.coupleReportNotReady');
/** Any of the 404s above: what a reader of another module's answers treats as "nothing yet". */
export const isNotFound = (error: unknown): boolean => error instanceof AppError && error.status === 404;

// --- 406, 421, 422, 423: how the request was made ----------------------------------------------

export const notAcceptable = (): AppError => new AppError(406, 'not_acceptable', 'errors.notAcceptable');
/** The request named another host than Hearth's (DNS rebinding). */
export const misdirected = (): AppError => new AppError(421, 'misdirected', 'errors.misdirected');
/** Text that would reach the partner speaks of crisis; the fields say which (docs/decisions.md, "Hard things"). */
export const crisisLanguage = (fields: Record<string, string>): AppError => new AppError(422, 'crisis_language', 'errors.crisisLanguage', fields);
/** The session was locked by a quick exit. */
export const locked = (): AppError => new AppError(423, 'locked', 'errors.locked');

// --- 409: the state of things does not allow it ------------------------------------------------

/** The action needs a partner in Hearth, and the person has none. */
export const notPaired = (): AppError => new AppError(409, 'not_paired', 'errors.notPaired');
export const alreadyPaired = (): AppError => new AppError(409, 'already_paired', 'errors.alreadyPaired');
export const inviterPaired = (): AppError => new AppError(409, 'inviter_paired', 'errors.inviterPaired');
/** A person is on one practice's staff at most. */
export const staffElsewhere = (): AppError => new AppError(409, 'staff_elsewhere', 'errors.staffElsewhere');
/** An admin may not deactivate themselves: a practice always keeps someone who can run it. */
export const lastAdmin = (): AppError => new AppError(409, 'last_admin', 'errors.lastAdmin');
export const alreadyHaveAccount = (): AppError => new AppError(409, 'already_have_account', 'errors.alreadyHaveAccount');
/** Answers shown to both can no longer be changed. */
export const alreadyRevealed = (): AppError => new AppError(409, 'already_revealed', 'errors.alreadyRevealed');
export const aftermathPaused = (): AppError => new AppError(409, 'aftermath_paused', 'errors.aftermathPaused');
export const breakRunning = (): AppError => new AppError(409, 'break_running', 'errors.breakRunning');

// Simultaneous writes kept winning over this one, after retries: the person may simply try again.
export const todayBusy = (): AppError => new AppError(409, 'today_busy', 'errors.todayBusy');
export const checkupBusy = (): AppError => new AppError(409, 'checkup_busy', 'errors.checkupBusy');
export const consentBusy = (): AppError => new AppError(409, 'consent_busy', 'errors.consentBusy');
export const cycleBusy = (): AppError => new AppError(409, 'cycle_busy', 'errors.cycleBusy');

// --- 429: slowed down (Retry-After says for how long) ------------------------------------------

/** Sign-in (or a sign-in code) while this device or address is slowed down. */
export const throttled = (seconds: number): AppError => new AppError(429, 'throttled', 'errors.throttled', undefined, seconds);
/** A password asked for again behind a session, while that account's track is slowed down. */
export const passwordCheckThrottled = (seconds: number): AppError => new AppError(429, 'throttled', 'errors.throttledPasswordCheck', undefined, seconds);
/** The hourly cap of password checks of one account is spent; "Forgot password" is the way in. */
export const tooManyPasswordChecks = (seconds: number): AppError => new AppError(429, 'too_many_tries', 'errors.tooManyPasswordChecks', undefined, seconds);

// --- 5xx ----------------------------------------------------------------------------------------

/** Live updates cannot be subscribed to just now (the PostgreSQL listener is down). */
export const unavailable = (): AppError => new AppError(503, 'unavailable', 'errors.server');
