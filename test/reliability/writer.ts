import { CaseService } from '../../app/api/service';

/**
 * A writer process for the crash-safety test: opens a case and edits it through the service API
 * as fast as it can, printing `ack <title>` after each edit has been acknowledged, and saving a named version every
 * fourth edit (`saved <name>` once acknowledged). Given `most`, it stops editing after that many edits and waits to be
 * killed: a kill that comes late (its timer held up on a busy machine) then finds no more edits and versions to check
 * than a kill on time would.
 */
const [path, dataFolder, prefix, most] = process.argv.slice(2) as [string, string, string, string | undefined];
const limit = most === undefined ? Number.POSITIVE_INFINITY : Number(most);
const service = new CaseService({ dataFolder, templatesFolder: dataFolder });
const api = service.client();
await api['case-open']({ path });
process.stdout.write('ready\n');
let count = 0;
let last: number | undefined;
while (count < limit) {
  const title = `${prefix}-${count++}`;
  const node = await api['nodes-add']({
    parentId: null,
    kind: 'claim',
    title,
    text: `Body of ${title} ${'x'.repeat(200)}`,
  });
  if (last !== undefined && count % 3 === 0) {
    await api['nodes-move']({ id: node.id, parentId: last, index: 0 });
  }
  await api['nodes-update']({
    id: node.id,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Final body of ${title}` }] }],
    },
  });
  process.stdout.write(`ack ${title}\n`);
  if (count % 4 === 0) {
    await api['versions-save']({ name: `version-${title}` });
    process.stdout.write(`saved version-${title}\n`);
  }
  last = node.id;
}
// Done editing: stay alive until killed.
setInterval(() => undefined, 60_000);
