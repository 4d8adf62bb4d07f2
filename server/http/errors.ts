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

export const notFound = (): AppError => new AppError(404, 'not_found', 'errors.notFound');
export const unauthorized = (): AppError => new AppError(401, 'unauthorized', 'errors.unauthorized');
export const conflict = (code: string, message: string): AppError => new AppError(409, code, message);
export const badRequest = (code: string, message: string, fields?: Record<string, string>): AppError =>
  new AppError(400, code, message, fields);

/** A password asked for again was not the person's; 400 as for any other field (never 401: the session is fine). */
export const wrongPassword = (field: string): AppError =>
  new AppError(400, 'wrong_password', 'errors.wrongPassword', { [field]: 'errors.wrongPassword' });
