// The people of the preview's samples, one id each wherever they appear.
import type { MediationUser } from "discourse/plugins/discourse-mediation/discourse/lib/types";

function user(id: number, username: string): MediationUser {
  return { id, username, name: null, avatar_template: "" };
}

/** The staff viewer: a moderator and mediator. */
export const YOU = user(1, "you");
export const NOOR = user(2, "noor");
export const ALICE = user(3, "alice");
/** Asks for help in every sample case, and is named as affected. */
export const BOB = user(4, "bob");
export const LEE = user(11, "lee");
export const MARIA = user(12, "maria");
export const SAM = user(13, "sam");
export const TOMASZ = user(14, "tomasz");
export const CAROL = user(15, "carol");
export const DMITRI = user(16, "dmitri");

/** The core developers who may vote on case 7 (the roll its subject reads). */
export const VOTERS = [LEE, MARIA, SAM, TOMASZ];
