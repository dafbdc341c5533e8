import { resolve } from 'node:path';
import { startCollabServer } from '../../collab/collabServer';
import { MemberStore } from '../../store/memberStore';
import { type Command, noMore, stringOption, UsageError } from '../command';

const DEFAULT_PORT = 1234;

function portOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0 to 65535, not "${text}".`);
  return port;
}

function redisOption(text: string | undefined): { host: string; port: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^([A-Za-z0-9.-]+):(\d{1,5})$/.exec(text);
  if (!match) throw new UsageError(`--redis must be host:port, not "${text}".`);
  return { host: match[1]!, port: Number(match[2]) };
}

/** `casewright serve`: runs a team server, or manages its members and what is shared with them. */
export const run: Command = async ({ rest, options, io }) => {
  noMore(rest, 0);
  const data = stringOption(options, 'data');
  if (!data) throw new UsageError('missing --data <folder>.');
  const folder = resolve(data);
  const adding = stringOption(options, 'add-member');
  const removing = stringOption(options, 'remove-member');
  const sharing = stringOption(options, 'share');
  if (adding !== undefined || removing !== undefined || sharing !== undefined) {
    const members = new MemberStore(folder);
    try {
      if (adding !== undefined) {
        const token = members.addMember(adding);
        io.out(`${adding} is a member. Their token (shown once, keep it secret):\n${token}`);
      } else if (removing !== undefined) {
        members.removeMember(removing);
        io.out(`${removing} is no longer a member; their token is refused from now on.`);
      } else {
        const name = stringOption(options, 'with');
        if (!name) throw new UsageError('--share <case> needs --with <name>.');
        members.share(sharing!, name);
        io.out(`${sharing} is shared with ${name}.`);
      }
    } finally {
      members.close();
    }
    return 0;
  }
  const server = await startCollabServer({
    folder,
    port: portOption(stringOption(options, 'port')),
    host: stringOption(options, 'host'),
    cert: stringOption(options, 'cert'),
    key: stringOption(options, 'key'),
    redis: redisOption(stringOption(options, 'redis')),
    log: (line) => io.err(line),
  });
  io.out(`Casewright team server at ${server.url} (cases in ${folder}). Ctrl-C stops it.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  io.out('Stopped.');
  return 0;
};
