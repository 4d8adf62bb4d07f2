/** The app writes every timestamp itself, as ISO-8601 UTC text, so both databases agree. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const iso = (d: Date): string => d.toISOString();

export const addSeconds = (d: Date, seconds: number): Date => new Date(d.getTime() + seconds * 1000);
