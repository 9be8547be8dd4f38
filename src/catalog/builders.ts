/**
 * Builders: library calls that return an object made of the data they are given, without storing or sending it
 * (an ORM's entity factories). The engine passes their arguments' values through, field by field, so that what a
 * later `save` writes is what was put in the entity (issue #12: value-level facts), not every column its type has.
 */
export interface BuilderSpec {
  packages: readonly string[];
  member: RegExp;
  container?: RegExp;
}

export const BUILDERS: readonly BuilderSpec[] = [
  // TypeORM: repo.create(plain), repo.merge(entity, plain…), repo.preload(plain), manager.create(Entity, plain), Entity.create(plain)
  { packages: ['typeorm'], member: /^(create|merge|preload)$/, container: /(Repository|EntityManager|^BaseEntity)$/ },
  // Sequelize: Model.build(values)
  { packages: ['sequelize'], member: /^build$/, container: /^Model$/ },
  // MikroORM: em.create(Entity, data), em.assign(entity, data), wrap(entity).assign(data)
  { packages: ['@mikro-orm/core'], member: /^(create|assign)$/ },
];
