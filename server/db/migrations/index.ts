import type { Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { foundation } from './0001_foundation.ts';
import { checkup } from './0002_checkup.ts';
import { everyday } from './0003_everyday.ts';
import { hardThings } from './0004_hard_things.ts';
import { endSecretsKeyedByTheRawSecret } from './0005_end_secrets_keyed_by_the_raw_secret.ts';
import { recordConsents } from './0006_record_consents.ts';
import { carryResultSharingIntoConsents } from './0007_carry_result_sharing_into_consents.ts';
import { stripUnwantedCharactersFromNames } from './0010_strip_unwanted_characters_from_names.ts';
import { signInCodes } from './0011_sign_in_codes.ts';
import { lockSessionsAfterQuickExit } from './0021_lock_sessions_after_quick_exit.ts';
import { addTheLockOnQuickExitSetting } from './0022_add_the_lock_on_quick_exit_setting.ts';
import { keyring } from './0040_keyring.ts';
import { checkupAnswerValuesAsText } from './0041_checkup_answer_values_as_text.ts';
import { safetyAssessmentAsText } from './0042_safety_assessment_as_text.ts';
import { checkInNumbersSealed } from './0043_check_in_numbers_sealed.ts';
import { keepAppreciationsWhenTheRecipientIsDeleted } from './0060_keep_appreciations_when_the_recipient_is_deleted.ts';
import { keepTalkRequestsWhenTheRecipientIsDeleted } from './0061_keep_talk_requests_when_the_recipient_is_deleted.ts';
import { keepAftermathsWhenTheirStarterIsDeleted } from './0062_keep_aftermaths_when_their_starter_is_deleted.ts';
import { practices } from './0100_practices.ts';
import { staffMembers } from './0101_staff_members.ts';
import { staffInvitations } from './0102_staff_invitations.ts';

/** Append-only: a released migration is never edited, only followed by a new one. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_foundation': foundation({ dialect }),
    '0002_checkup': checkup({ dialect }),
    '0003_everyday': everyday({ dialect }),
    '0004_hard_things': hardThings({ dialect }),
    '0005_end_secrets_keyed_by_the_raw_secret': endSecretsKeyedByTheRawSecret,
    '0006_record_consents': recordConsents,
    '0007_carry_result_sharing_into_consents': carryResultSharingIntoConsents,
    '0010_strip_unwanted_characters_from_names': stripUnwantedCharactersFromNames,
    '0011_sign_in_codes': signInCodes,
    '0021_lock_sessions_after_quick_exit': lockSessionsAfterQuickExit,
    '0022_add_the_lock_on_quick_exit_setting': addTheLockOnQuickExitSetting,
    '0040_keyring': keyring({ dialect }),
    '0041_checkup_answer_values_as_text': checkupAnswerValuesAsText({ dialect }),
    '0042_safety_assessment_as_text': safetyAssessmentAsText,
    '0043_check_in_numbers_sealed': checkInNumbersSealed({ dialect }),
    '0060_keep_appreciations_when_the_recipient_is_deleted': keepAppreciationsWhenTheRecipientIsDeleted({ dialect }),
    '0061_keep_talk_requests_when_the_recipient_is_deleted': keepTalkRequestsWhenTheRecipientIsDeleted({ dialect }),
    '0062_keep_aftermaths_when_their_starter_is_deleted': keepAftermathsWhenTheirStarterIsDeleted({ dialect }),
    '0100_practices': practices,
    '0101_staff_members': staffMembers,
    '0102_staff_invitations': staffInvitations,
  };
}
