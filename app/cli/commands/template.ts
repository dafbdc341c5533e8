import { type Command, noMore, openCase, positional, stringOption, UsageError } from '../command';

/** `casewright template save|delete`: saves a case or a subtree as a template of the user's own, or deletes one. */
export const run: Command = async ({ rest, options, api, io }) => {
  const [action, ...args] = rest;
  const option = (name: string) => stringOption(options, name);
  if (action === 'save') {
    await openCase(api, args, 1);
    const id = option('id');
    const title = option('title');
    if (!id || !title) throw new UsageError('--id and --title are required.');
    const node = option('node');
    if (node !== undefined && !/^\d+$/.test(node)) throw new UsageError('--node must be a node id (a number).');
    const saved = await api['templates-save']({
      id,
      title,
      description: option('description') ?? '',
      ...(node !== undefined ? { nodeId: Number(node) } : {}),
    });
    io.out(`Saved template "${saved.id}" to ${saved.path}.`);
    return 0;
  }
  if (action === 'delete') {
    const id = positional(args, 0, 'the template id');
    noMore(args, 1);
    await api['templates-delete']({ id });
    io.out(`Deleted template "${id}".`);
    return 0;
  }
  throw new UsageError(action === undefined ? 'missing "save" or "delete".' : `unknown action "${action}".`);
};
