import type { SinkSpec } from './types.js';

/**
 * Key-value stores and files: ioredis, node-redis, node:fs. A Redis key and a file path are stored as well
 * as the value (`SET login:${email} …` keeps the email), so every argument of a write counts; reads don't.
 */
const REDIS_WRITES = /^(set|setex|psetex|setnx|getset|mset|msetnx|append|hset|hsetnx|hmset|lpush|rpush|lpushx|rpushx|lset|linsert|sadd|zadd|xadd|geoadd)$/i;

export const KV_SINKS: readonly SinkSpec[] = [
  // ioredis: commands on the client, a pipeline or a multi (RedisCommander, ChainableCommander)
  { name: 'ioredis', kind: 'storage', packages: ['ioredis'], member: REDIS_WRITES, container: /Commander$/, data: 'all' },
  // node-redis v4+: client.set / hSet / HSET … (commands are typed by mapped types, without a container)
  { name: 'redis', kind: 'storage', packages: ['@redis/client', 'redis'], member: REDIS_WRITES, data: 'all' },

  // node:fs promises FileHandle: handle.writeFile(data), appendFile(data), write(data) (before the functions below)
  { name: 'fs.FileHandle', kind: 'storage', packages: ['node'], member: /^(writeFile|appendFile|write)$/, container: /^FileHandle$/, data: [0] },
  // node:fs and node:fs/promises: writeFile(path, data), appendFile(path, data), sync and callback forms
  { name: 'fs', kind: 'storage', packages: ['node'], member: /^(writeFile|writeFileSync|appendFile|appendFileSync)$/, data: [0, 1] },
  // A file stream: `createWriteStream(path).write(data)` / `.end(data)`, also held in a variable or a class field.
  // write/end are declared on stream.Writable, shared with HTTP requests and responses; the receiver's type
  // (fs.WriteStream, what createWriteStream returns) tells a file apart. process.stdout is a tty/net stream
  // whose write is declared on net.Socket: not a file (and not reported: see docs/engine.md).
  { name: 'fs.WriteStream', kind: 'storage', packages: ['node'], member: /^(write|end)$/, container: /^Writable$/, receiver: /^WriteStream$/, data: [0] },
];
