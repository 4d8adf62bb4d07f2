import type { Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { foundation } from './0001_foundation.ts';
import { checkup } from './0002_checkup.ts';
import { everyday } from './0003_everyday.ts';
import { hardThings } from './0004_hard_things.ts';
import { endSecretsKeyedByTheRawSecret } from './0005_end_secrets_keyed_by_the_raw_secret.ts';
import { stripUnwantedCharactersFromNames } from './0010_strip_unwanted_characters_from_names.ts';
import { signInCodes } from './0011_sign_in_codes.ts';

/** Append-only: a released migration is never edited, only followed by a new one. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_foundation': foundation({ dialect }),
    '0002_checkup': checkup({ dialect }),
    '0003_everyday': everyday({ dialect }),
    '0004_hard_things': hardThings({ dialect }),
    '0005_end_secrets_keyed_by_the_raw_secret': endSecretsKeyedByTheRawSecret,
    '0010_strip_unwanted_characters_from_names': stripUnwantedCharactersFromNames,
    '0011_sign_in_codes': signInCodes,
  };
}
