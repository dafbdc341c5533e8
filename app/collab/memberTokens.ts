import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonFile } from '../files/writeJsonFile';

/** A shared case's place: its team server's address and its name there. */
export interface SharedCasePlace {
  url: string;
  name: string;
}

/** The member's tokens by server address, then by case name: in the data folder, never in a case file that is mailed. */
type Tokens = { [url: string]: { [name: string]: string } };

const tokensFile = (dataFolder: string) => join(dataFolder, 'team-tokens.json');

function readTokens(dataFolder: string): Tokens {
  try {
    const parsed: unknown = JSON.parse(readFileSync(tokensFile(dataFolder), 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Tokens) : {};
  } catch {
    return {};
  }
}

/** The member's token for a shared case, when this user gave one. */
export function loadMemberToken(dataFolder: string, place: SharedCasePlace): string | undefined {
  const token = readTokens(dataFolder)[place.url]?.[place.name];
  return typeof token === 'string' && token !== '' ? token : undefined;
}

/** Keeps the member's token for a shared case (readable by this user only). */
export function saveMemberToken(dataFolder: string, place: SharedCasePlace, token: string): void {
  const tokens = readTokens(dataFolder);
  const forServer = Object.hasOwn(tokens, place.url) ? tokens[place.url]! : {};
  tokens[place.url] = { ...forServer, [place.name]: token };
  writeJsonFile(tokensFile(dataFolder), tokens, 0o600);
}
