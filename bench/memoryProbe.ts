import { CaseService } from '../app/api/service';

/** Opens a case, evaluates it and lists its outline, then prints the process's peak resident memory in MB. */
const [path, dataFolder] = process.argv.slice(2) as [string, string];
const service = new CaseService({ dataFolder, templatesFolder: dataFolder });
await service.call('case-open', { path });
await service.call('outline-get', {});
await service.call('evaluation-get', {});
process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
service.close();
