import type { SinkSpec } from './types.js';

/**
 * ORM storage sinks: Prisma, TypeORM, Mongoose, Sequelize. What arrives is the row written: the data
 * argument (or Prisma's `data` field), or the instance itself for active-record `save()`. Reads, deletes
 * and the criteria of an update are not storage of what they mention.
 */
const PRISMA = ['@prisma/client', '.prisma'];
const PRISMA_CLIENT = /^(PrismaClient|TransactionClient|\w+Delegate)$/;

export const ORM_SINKS: readonly SinkSpec[] = [
  // Prisma: prisma.user.create({ data }), createMany, update(Many)({ where, data }), upsert({ where, create, update }).
  // A generated client (prisma-client-js, in node_modules/.prisma/client) declares them on `Prisma.UserDelegate`.
  // Without one the types are `any`: the call is recognised by where `prisma` comes from (`new PrismaClient()`,
  // a class extending it, a `Prisma.TransactionClient`, a `$transaction` callback; see engine/resolve.ts).
  { name: 'prisma', kind: 'storage', packages: PRISMA, member: /^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn)$/, container: PRISMA_CLIENT, data: [{ arg: 0, field: 'data' }] },
  { name: 'prisma', kind: 'storage', packages: PRISMA, member: /^upsert$/, container: PRISMA_CLIENT, data: [{ arg: 0, field: 'create' }, { arg: 0, field: 'update' }] },

  // TypeORM Repository (and Tree/Mongo repositories): save(entity), insert(rows), upsert(rows, keys), updateAll(patch),
  // update(criteria, patch)
  { name: 'typeorm.Repository', kind: 'storage', packages: ['typeorm'], member: /^(save|insert|upsert|updateAll)$/, container: /Repository$/, data: [0] },
  { name: 'typeorm.Repository', kind: 'storage', packages: ['typeorm'], member: /^update$/, container: /Repository$/, data: [1] },
  // EntityManager: save(entity) or save(Target, entity); insert/upsert/updateAll(Target, rows); update(Target, criteria, patch)
  { name: 'typeorm.EntityManager', kind: 'storage', packages: ['typeorm'], member: /^save$/, container: /EntityManager$/, data: [0, 1] },
  { name: 'typeorm.EntityManager', kind: 'storage', packages: ['typeorm'], member: /^(insert|upsert|updateAll)$/, container: /EntityManager$/, data: [1] },
  { name: 'typeorm.EntityManager', kind: 'storage', packages: ['typeorm'], member: /^update$/, container: /EntityManager$/, data: [2] },
  // Active record: `user.save()` stores the instance; static `User.save(u)`, `User.insert(row)`, `User.update(criteria, patch)`
  { name: 'typeorm.BaseEntity', kind: 'storage', packages: ['typeorm'], member: /^save$/, container: /^BaseEntity$/, data: ['receiver', 0] },
  { name: 'typeorm.BaseEntity', kind: 'storage', packages: ['typeorm'], member: /^(insert|upsert)$/, container: /^BaseEntity$/, data: [0] },
  { name: 'typeorm.BaseEntity', kind: 'storage', packages: ['typeorm'], member: /^update$/, container: /^BaseEntity$/, data: [1] },
  // QueryBuilder: createQueryBuilder().insert().into(T).values(rows), .update(T).set(patch)
  { name: 'typeorm.insert', kind: 'storage', packages: ['typeorm'], member: /^values$/, container: /^InsertQueryBuilder$/, data: [0] },
  { name: 'typeorm.update', kind: 'storage', packages: ['typeorm'], member: /^set$/, container: /^UpdateQueryBuilder$/, data: [0] },

  // Mongoose: Model.create(doc | docs…), insertMany(docs), update/replace(filter, update), `new Model(doc).save()`
  { name: 'mongoose.Model', kind: 'storage', packages: ['mongoose'], member: /^create$/, container: /^Model$/, data: 'all' },
  { name: 'mongoose.Model', kind: 'storage', packages: ['mongoose'], member: /^insertMany$/, container: /^Model$/, data: [0] },
  { name: 'mongoose.Model', kind: 'storage', packages: ['mongoose'], member: /^(updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate|replaceOne|findOneAndReplace)$/, container: /^Model$/, data: [1] },
  { name: 'mongoose.Document', kind: 'storage', packages: ['mongoose'], member: /^save$/, container: /^Document$/, data: ['receiver'] },

  // Sequelize: Model.create/bulkCreate/upsert(values), Model.update(values, { where }), findOrCreate({ where, defaults })
  // (both are written when the row is created), and instances: `user.save()`, `user.update(patch)`
  { name: 'sequelize.Model', kind: 'storage', packages: ['sequelize'], member: /^(create|bulkCreate|upsert|update)$/, container: /^Model$/, data: [0] },
  { name: 'sequelize.Model', kind: 'storage', packages: ['sequelize'], member: /^findOrCreate$/, container: /^Model$/, data: [{ arg: 0, field: 'where' }, { arg: 0, field: 'defaults' }] },
  { name: 'sequelize.Model', kind: 'storage', packages: ['sequelize'], member: /^save$/, container: /^Model$/, data: ['receiver'] },
];
