import * as z from 'zod';
import { isSharedCaseName, isTeamServerAddress } from '../model/sharedCaseAddress';

// A shared case's address as the service checks it, apart from the collaboration handlers: Electron's main process
// checks Open shared case… with it, without loading them.

/** The team server's address, the case's name there and the member's token. */
export const sharedCaseAddress = {
  url: z.string().max(2000).refine(isTeamServerAddress, 'the address must start with ws:// or wss://'),
  name: z.string().refine(isSharedCaseName, 'a case name on a server is letters, digits, . _ - (up to 100)'),
  token: z.string().min(1).max(200),
};
